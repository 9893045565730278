package vn.mamxanh.quota;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.net.CookieManager;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitKind;
import vn.mamxanh.testing.CaseFixtures;
import vn.mamxanh.testing.HtmlTables;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/**
 * Acceptance 2 and 3 of the dashboards: the attainment a unit's dashboard shows is admitted ÷ quota
 * to two decimals, per child unit and summed up the tree, and the .xlsx export holds the same numbers.
 * Each test builds its own grassroots unit with two branches, so other tests' cases do not count.
 */
@MamXanhTest
class DashboardAttainmentTest {

    @LocalServerPort
    int port;
    @Autowired
    CaseFixtures fixtures;
    @Autowired
    QuotaRepository quotas;
    @Autowired
    vn.mamxanh.mentoring.MentorAssignments mentors;

    Unit grassroots;
    Unit east;
    Unit west;
    int year = LocalDate.now().getYear();

    @BeforeEach
    void a_grassroots_unit_with_two_branches_quotas_and_admissions() {
        grassroots = fixtures.unit("du-test", UnitKind.GRASSROOTS, "Đảng ủy xã Thử " + CaseFixtures.unique("x"),
                DemoOrganisation.PROVINCE);
        east = fixtures.unit("cb-test", UnitKind.BRANCH, "Chi bộ A " + grassroots.id(), grassroots.id());
        west = fixtures.unit("cb-test", UnitKind.BRANCH, "Chi bộ B " + grassroots.id(), grassroots.id());
        fixtures.members(east.id(), 40);
        fixtures.members(west.id(), 60);

        HttpTestClient administrator = HttpTestClient.loggedIn(port, "quantri");
        assign(administrator, DemoOrganisation.PROVINCE, Map.of(grassroots.id(), "6"));
        assign(administrator, grassroots.id(), Map.of(east.id(), "3", west.id(), "4"));

        fixtures.admittedCase(east.id(), LocalDate.of(year, 1, 15));
        fixtures.admittedCase(east.id(), LocalDate.of(year, 3, 2));
        fixtures.admittedCase(west.id(), LocalDate.of(year, 1, 2));
        // Not admissions of this year: last year's, and a case still on the path.
        fixtures.admittedCase(east.id(), LocalDate.of(year - 1, 12, 31));
        fixtures.openCase(west.id(), "Quần chúng đang xét", vn.mamxanh.candidate.CaseStage.DOSSIER);
    }

    @Test
    void R15_unit_total_is_measured_against_its_own_quota() {
        String page = HttpTestClient.loggedIn(port, "quantri").get("/dashboard?unit=" + grassroots.id() + "&year=" + year).body();

        assertThat(HtmlTables.row(page, "table-attainment", east.name())).containsExactly(east.name(), "3", "—", "2", "66,67 %");
        assertThat(HtmlTables.row(page, "table-attainment", west.name())).containsExactly(west.name(), "4", "—", "1", "25,00 %");
        // The district gave the unit 6; the unit handed out 7 to its branches: 3 admitted is 50 % of its own 6.
        assertThat(HtmlTables.row(page, "table-attainment", "Tổng " + grassroots.name()))
                .containsExactly("Tổng " + grassroots.name(), "6", "7", "3", "50,00 %");
        // the chart is drawn from the table's raw figures
        assertThat(page).contains("data-value=\"66.67\"").contains("data-value=\"25.00\"");
    }

    @Test
    void R15_admissions_and_the_source_pool_are_shown_as_shares_of_the_membership_at_the_start_of_the_year() {
        String page = HttpTestClient.loggedIn(port, "quantri").get("/dashboard?unit=" + grassroots.id() + "&year=" + year).body();

        assertThat(HtmlTables.row(page, "table-rates", east.name()))
                .containsExactly(east.name(), "40", "2", "5,00 %", "0", "0,00 %");
        assertThat(HtmlTables.row(page, "table-rates", west.name()))
                .containsExactly(west.name(), "60", "1", "1,67 %", "1", "1,67 %");
        assertThat(HtmlTables.row(page, "table-rates", "Tổng " + grassroots.name()))
                .containsExactly("Tổng " + grassroots.name(), "100", "3", "3,00 %", "1", "1,00 %");
        assertThat(HtmlTables.rows(page, "table-rates").get(0))
                .contains("Tỷ lệ kết nạp (mục tiêu 3–4 %)", "Tỷ lệ nguồn (mục tiêu 6–8 %)");
    }

    @Test
    void R15_the_district_dashboard_sums_the_branches_below_each_grassroots_unit() {
        String page = HttpTestClient.loggedIn(port, "quantri").get("/dashboard?unit=" + DemoOrganisation.PROVINCE + "&year=" + year).body();

        assertThat(HtmlTables.row(page, "table-attainment", grassroots.name()))
                .containsExactly(grassroots.name(), "6", "7", "3", "50,00 %");
    }

    @Test
    void the_exported_workbook_holds_the_numbers_the_page_shows() throws IOException {
        HttpTestClient administrator = HttpTestClient.loggedIn(port, "quantri");
        String page = administrator.get("/dashboard?unit=" + grassroots.id() + "&year=" + year).body();
        List<List<String>> shown = HtmlTables.rows(page, "table-attainment");

        byte[] workbook = download("/dashboard/export/attainment.xlsx?unit=" + grassroots.id() + "&year=" + year);
        List<List<String>> exported = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
            Sheet sheet = book.getSheetAt(0);
            for (int i = 4; i <= sheet.getLastRowNum(); i++) {
                exported.add(asShownOnThePage(sheet.getRow(i), 4));
            }
        }
        assertThat(exported).containsExactlyElementsOf(shown.subList(1, shown.size()));
        assertThat(exported).contains(List.of(east.name(), "3", "—", "2", "66,67 %"));
    }

    @Test
    void the_funnel_counts_each_case_at_every_stage_it_reached() {
        String page = HttpTestClient.loggedIn(port, "quantri").get("/dashboard?unit=" + grassroots.id() + "&year=" + year).body();

        // east: three admitted cases (two this year, one last year), all on probation
        assertThat(HtmlTables.row(page, "table-funnel", east.name())).containsExactly(east.name(), "3", "3", "3", "3", "0");
        // west: one admitted, one preparing the dossier (past the class)
        assertThat(HtmlTables.row(page, "table-funnel", west.name())).containsExactly(west.name(), "2", "2", "1", "1", "0");
    }

    @Test
    void R05_mentoring_report_compliance_per_branch_summed_up_the_tree_and_exported() throws IOException {
        // east: 3 reports due, 2 on time; the late-filed correction of an on-time month does not make it late (R16)
        String eastCase = fixtures.openCase(east.id(), "Quần chúng được giúp đỡ A", vn.mamxanh.candidate.CaseStage.MENTORING).id();
        report(eastCase, 1, false);
        report(eastCase, 2, true);
        report(eastCase, 3, false);
        report(eastCase, 3, true);
        // west: 4 reports due, 1 on time; a report due last year is not this year's figure
        String westCase = fixtures.openCase(west.id(), "Quần chúng được giúp đỡ B", vn.mamxanh.candidate.CaseStage.MENTORING).id();
        for (int month = 1; month <= 4; month++) {
            report(westCase, month, month != 2);
        }
        mentors.report(westCase, "dangvien.tay1", java.time.YearMonth.of(year - 1, 12), LocalDate.of(year - 1, 12, 31),
                "Tiến bộ", false, "dangvien.tay1");

        HttpTestClient administrator = HttpTestClient.loggedIn(port, "quantri");
        String page = administrator.get("/dashboard?unit=" + grassroots.id() + "&year=" + year).body();
        assertThat(HtmlTables.row(page, "table-mentoring", east.name())).containsExactly(east.name(), "3", "2", "66,67 %");
        assertThat(HtmlTables.row(page, "table-mentoring", west.name())).containsExactly(west.name(), "4", "1", "25,00 %");
        assertThat(HtmlTables.row(page, "table-mentoring", "Tổng " + grassroots.name()))
                .containsExactly("Tổng " + grassroots.name(), "7", "3", "42,86 %");
        assertThat(page).containsPattern("id=\"table-mentoring\"[\\s\\S]*data-value=\"66.67\"[\\s\\S]*data-value=\"25.00\"");

        String district = administrator.get("/dashboard?unit=" + DemoOrganisation.PROVINCE + "&year=" + year).body();
        assertThat(HtmlTables.row(district, "table-mentoring", grassroots.name()))
                .containsExactly(grassroots.name(), "7", "3", "42,86 %");

        List<List<String>> shown = HtmlTables.rows(page, "table-mentoring");
        List<List<String>> exported = new ArrayList<>();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
                download("/dashboard/export/mentoring.xlsx?unit=" + grassroots.id() + "&year=" + year)))) {
            Sheet sheet = book.getSheetAt(0);
            for (int i = 4; i <= sheet.getLastRowNum(); i++) {
                exported.add(asShownOnThePage(sheet.getRow(i), 3));
            }
        }
        assertThat(exported).containsExactlyElementsOf(shown.subList(1, shown.size()));
        assertThat(exported).contains(List.of(west.name(), "4", "1", "25,00 %"))
                .contains(List.of("Tổng " + grassroots.name(), "7", "3", "42,86 %"));
    }

    private void report(String caseId, int month, boolean overdue) {
        mentors.report(caseId, "dangvien.dong1", java.time.YearMonth.of(year, month), LocalDate.of(year, month, 5),
                "Tiến bộ tháng " + month, overdue, "dangvien.dong1");
    }

    private void assign(HttpTestClient administrator, String parent, Map<String, String> targets) {
        String form = administrator.get("/quotas?unit=" + parent + "&year=" + year).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", HtmlTables.csrfToken(form));
        fields.put("unit", parent);
        fields.put("year", String.valueOf(year));
        targets.forEach((unit, target) -> fields.put("target_" + unit, target));
        Response saved = administrator.postForm("/quotas", fields);
        assertThat(saved.status()).isEqualTo(302);
    }

    /** Formats a workbook row the way the page does, so the two can be compared cell by cell. */
    private static List<String> asShownOnThePage(Row row, int percentColumn) {
        List<String> cells = new ArrayList<>();
        for (int i = 0; i <= percentColumn; i++) {
            Cell cell = row.getCell(i);
            if (cell == null || cell.getCellType() == CellType.BLANK) {
                cells.add("—");
            } else if (cell.getCellType() == CellType.STRING) {
                cells.add(cell.getStringCellValue());
            } else if (i == percentColumn) {
                cells.add(String.format(java.util.Locale.forLanguageTag("vi-VN"), "%.2f %%", cell.getNumericCellValue()));
            } else {
                cells.add(String.valueOf((long) cell.getNumericCellValue()));
            }
        }
        return cells;
    }

    /** Downloads as a logged-in person in a browser would: session cookie from the login form. */
    private byte[] download(String path) {
        try {
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String base = "http://localhost:" + port;
            String loginPage = browser.send(HttpRequest.newBuilder(URI.create(base + "/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            String form = "username=quantri&password=" + URLEncoder.encode(HttpTestClient.DEMO_PASSWORD, StandardCharsets.UTF_8)
                    + "&_csrf=" + URLEncoder.encode(HtmlTables.csrfToken(loginPage), StandardCharsets.UTF_8);
            browser.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.discarding());
            HttpResponse<byte[]> response = browser.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type -> assertThat(type).contains("spreadsheetml"));
            return response.body();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
