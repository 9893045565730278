package vn.mamxanh.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.mentoring.MentorAssignments;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitKind;
import vn.mamxanh.testing.Browser;
import vn.mamxanh.testing.CaseFixtures;
import vn.mamxanh.testing.HtmlTables;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.MamXanhTest;
import vn.mamxanh.testing.PageChecks;

/**
 * Acceptance 1 of issue 12 for the dashboard: every chart is drawn under the page's
 * Content-Security-Policy, and what is drawn follows the figures: a branch at 33.33 % gets a bar a
 * third as long as a branch at 100 %. Measured in Chromium from Chart.js's own element geometry.
 */
@MamXanhTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DashboardChartsBrowserTest {

    @LocalServerPort
    int port;
    @Autowired
    CaseFixtures fixtures;
    @Autowired
    MentorAssignments mentors;

    Browser browser;
    Unit grassroots;
    Unit third;
    Unit full;
    int year = LocalDate.now().getYear();

    @BeforeAll
    void a_branch_at_a_third_of_its_quota_and_one_at_all_of_it() {
        grassroots = fixtures.unit("du-chart", UnitKind.GRASSROOTS, "Đảng ủy xã Biểu Đồ " + CaseFixtures.unique("x"),
                DemoOrganisation.PROVINCE);
        third = fixtures.unit("cb-chart", UnitKind.BRANCH, "Chi bộ Một Phần Ba " + grassroots.id(), grassroots.id());
        full = fixtures.unit("cb-chart", UnitKind.BRANCH, "Chi bộ Đủ " + grassroots.id(), grassroots.id());
        fixtures.members(third.id(), 30);
        fixtures.members(full.id(), 30);
        HttpTestClient administrator = HttpTestClient.loggedIn(port, "quantri");
        assign(administrator, DemoOrganisation.PROVINCE, Map.of(grassroots.id(), "4"));
        assign(administrator, grassroots.id(), Map.of(third.id(), "3", full.id(), "1"));
        fixtures.admittedCase(third.id(), LocalDate.of(year, 1, 10));
        fixtures.admittedCase(full.id(), LocalDate.of(year, 1, 12));
        // Mentoring: one of three reports on time in the first branch, three of three in the second.
        String slow = fixtures.openCase(third.id(), "Quần chúng Chậm Nộp", CaseStage.MENTORING).id();
        String prompt = fixtures.openCase(full.id(), "Quần chúng Đúng Hạn", CaseStage.MENTORING).id();
        for (int month = 1; month <= 3; month++) {
            mentors.report(slow, "dangvien.dong1", YearMonth.of(year, month), LocalDate.of(year, month, 5),
                    "Tiến bộ", month != 1, "dangvien.dong1");
            mentors.report(prompt, "dangvien.dong1", YearMonth.of(year, month), LocalDate.of(year, month, 5),
                    "Tiến bộ", false, "dangvien.dong1");
        }
        fixtures.markOverdue(slow);
        browser = Browser.open(port).logIn("quantri");
    }

    @AfterAll
    void close() {
        if (browser != null) {
            browser.close();
        }
    }

    @Test
    void every_chart_is_drawn_and_a_third_of_the_quota_is_a_third_of_the_bar() {
        browser.go("/dashboard?unit=" + grassroots.id() + "&year=" + year).waitForText("Kết quả thực hiện chỉ tiêu");
        for (String chart : List.of("attainment", "funnel", "overdue", "mentoring", "stages")) {
            browser.waitFor(By.cssSelector("#chart-" + chart + ".drawn canvas"));
            assertThat(chartType(chart)).as(chart).isEqualTo(chart.equals("stages") ? "line" : "bar");
        }
        PageChecks.fullPage(browser, "dashboard-charts-desktop");

        List<Double> attainment = barLengths("attainment");
        assertThat(attainment).hasSize(2);
        assertThat(attainment.get(0) / attainment.get(1)).as("33.33 % against 100 %").isCloseTo(1 / 3.0, within(0.02));
        List<Double> mentoring = barLengths("mentoring");
        assertThat(mentoring.get(0) / mentoring.get(1)).as("1 of 3 on time against 3 of 3").isCloseTo(1 / 3.0, within(0.02));

        // The overdue chart stacks the overdue case of the first branch; the line chart ends at today's counts.
        assertThat(datasetValues("overdue", 0)).containsExactly(1.0, 0.0);
        String page = HttpTestClient.loggedIn(port, "quantri").get("/dashboard?unit=" + grassroots.id() + "&year=" + year).body();
        List<String> mentoringRow = HtmlTables.row(page, "table-stages", (CaseStage.MENTORING.ordinal() + 1) + ". " + CaseStage.MENTORING.label());
        List<Double> mentoringLine = datasetValues("stages", CaseStage.MENTORING.ordinal());
        assertThat(mentoringLine.get(mentoringLine.size() - 1)).isEqualTo(Double.parseDouble(mentoringRow.get(mentoringRow.size() - 1)));
        List<Double> funnel = datasetValues("funnel", 0);
        assertThat(funnel.subList(0, 3)).containsExactly(4.0, 2.0, 2.0);
    }

    @Test
    void the_charts_fit_a_phone() {
        browser.resize(Browser.Screen.PHONE);
        try {
            browser.go("/dashboard?unit=" + grassroots.id() + "&year=" + year).waitForText("Kết quả thực hiện chỉ tiêu");
            browser.waitFor(By.cssSelector("#chart-attainment.drawn canvas"));
            Number width = (Number) js().executeScript(
                    "return document.querySelector('#chart-attainment canvas').getBoundingClientRect().right");
            assertThat(width.doubleValue()).isLessThanOrEqualTo(390);
            List<Double> attainment = barLengths("attainment");
            assertThat(attainment.get(0) / attainment.get(1)).isCloseTo(1 / 3.0, within(0.02));
            PageChecks.fullPage(browser, "dashboard-charts-phone");
        } finally {
            browser.resize(Browser.Screen.DESKTOP);
        }
    }

    @Test
    void the_dashboard_has_no_serious_accessibility_violation() {
        browser.go("/dashboard?unit=" + grassroots.id() + "&year=" + year).waitForText("Kết quả thực hiện chỉ tiêu");
        browser.waitFor(By.cssSelector("#chart-attainment.drawn canvas"));
        assertThat(PageChecks.seriousOrCritical(browser)).isEmpty();
    }

    private String chartType(String chart) {
        return (String) js().executeScript(
                "return Chart.getChart(document.querySelector('#chart-' + arguments[0] + ' canvas')).config.type", chart);
    }

    /** The drawn length of each bar of the first data set, in CSS pixels. */
    @SuppressWarnings("unchecked")
    private List<Double> barLengths(String chart) {
        List<Number> lengths = (List<Number>) js().executeScript(
                "var c = Chart.getChart(document.querySelector('#chart-' + arguments[0] + ' canvas'));"
                        + "return c.getDatasetMeta(0).data.map(function (bar) { return Math.abs(bar.x - bar.base); });", chart);
        return lengths.stream().map(Number::doubleValue).toList();
    }

    @SuppressWarnings("unchecked")
    private List<Double> datasetValues(String chart, int dataset) {
        List<Number> values = (List<Number>) js().executeScript(
                "var c = Chart.getChart(document.querySelector('#chart-' + arguments[0] + ' canvas'));"
                        + "return c.data.datasets[arguments[1]].data;", chart, dataset);
        return values.stream().map(v -> v == null ? null : v.doubleValue()).toList();
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) browser.driver();
    }

    private void assign(HttpTestClient administrator, String parent, Map<String, String> targets) {
        String form = administrator.get("/quotas?unit=" + parent + "&year=" + year).body();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", HtmlTables.csrfToken(form));
        fields.put("unit", parent);
        fields.put("year", String.valueOf(year));
        targets.forEach((unit, target) -> fields.put("target_" + unit, target));
        assertThat(administrator.postForm("/quotas", fields).status()).isEqualTo(302);
    }
}
