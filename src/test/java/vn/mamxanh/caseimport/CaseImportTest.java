package vn.mamxanh.caseimport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.mentoring.MentorAssignments;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Person;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.RoleAssignment;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.testing.HtmlTables;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;
import vn.mamxanh.training.AwarenessClasses;

/** A branch secretary brings in the candidates of their Excel sheet, over real HTTP, as a person would. */
@MamXanhTest
class CaseImportTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final AtomicLong ID_NUMBERS = new AtomicLong(700_000_000_000L + System.nanoTime() % 99_000_000_000L);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    CaseRepository cases;
    @Autowired
    MentorAssignments mentors;
    @Autowired
    AwarenessClasses classes;
    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    @Test
    void good_rows_become_cases_at_their_stages_bad_rows_are_listed_and_a_second_upload_adds_nothing() throws Exception {
        Unit east = branchOfSecretary("bithu.dong");
        Unit west = branchOfSecretary("bithu.tay");
        List<Person> eastMembers = organisation.findMembersOf(east.id()).stream()
                .filter(person -> person.isOfficialMemberOf(east.id())).toList();
        Person mentorByLogin = eastMembers.get(0);
        Person mentorByName = eastMembers.get(1);
        String existing = CaseJourney.introduce(context, port).caseId();
        String existingIdNumber = cases.get(existing).idNumber();
        String pool = nextIdNumber();
        String mentored = nextIdNumber();
        String dossier = nextIdNumber();
        String certificateDay = DAY.format(LocalDate.now().minusYears(1));

        byte[] sheet = sheet(
                row("Trần Văn Nguồn", "15/03/1995", "Nam", pool, "Trung học phổ thông", east.name(), "Tạo nguồn", "", "", ""),
                row("Lý Thị Giúp", LocalDate.of(1996, 7, 1), "Nữ", mentored, "Trung cấp, cao đẳng, đại học trở lên", east.name(),
                        "Bồi dưỡng, giúp đỡ", mentorByLogin.id(), "", ""),
                row("Hồ Văn Hồ Sơ", "02/09/1990", "Nam", dossier, "Trung học cơ sở", east.name(), "Hoàn thiện hồ sơ",
                        mentorByName.fullName(), "GCN-2025/117", certificateDay),
                row("", "31/02/1990", "Nam", nextIdNumber(), "Trung học phổ thông", east.name(), "Tạo nguồn", "", "", ""),
                row("Đỗ Văn Bắc", "01/01/1991", "Nam", nextIdNumber(), "Trung học phổ thông", "Chi bộ thôn Không Có", "Tạo nguồn",
                        "", "", ""),
                row("Trần Văn Trùng", "15/03/1995", "Nam", pool, "Trung học phổ thông", east.name(), "Tạo nguồn", "", "", ""),
                row("Mai Văn Muộn", "01/01/1992", "Nam", nextIdNumber(), "Trung học phổ thông", east.name(), "Chi bộ xét, biểu quyết",
                        "", "", ""),
                row("Vũ Thị Tây", "01/01/1993", "Nữ", nextIdNumber(), "Trung học phổ thông", west.name(), "Tạo nguồn", "", "", ""),
                row("Phan Văn Giúp", "01/01/1994", "Nam", nextIdNumber(), "Trung học phổ thông", east.name(), "Bồi dưỡng, giúp đỡ",
                        "Người Không Có", "", ""),
                row("Nguyễn Thị Hoa", "01/01/1990", "Nữ", existingIdNumber, "Trung học phổ thông", east.name(), "Tạo nguồn",
                        "", "", ""));

        HttpTestClient secretary = HttpTestClient.loggedIn(port, "bithu.dong");
        Response uploadPage = secretary.get("/cases/import");
        assertThat(uploadPage.status()).isEqualTo(200);
        assertThat(uploadPage.body()).contains("Tải tệp mẫu (.xlsx)");
        var template = secretary.getBytes("/cases/import/template.xlsx");
        assertThat(template.statusCode()).isEqualTo(200);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template.body()))) {
            assertThat(workbook.getSheet("Danh sách quần chúng").getRow(0).getCell(0).getStringCellValue()).isEqualTo("Họ và tên (*)");
            assertThat(workbook.getSheet("Hướng dẫn")).isNotNull();
        }

        String preview = upload(secretary, uploadPage.body(), sheet);
        assertThat(preview).contains("10 dòng: 3 dòng nhập được, 6 dòng có lỗi, 1 dòng đã có hồ sơ.");
        assertThat(check(preview, 2)).isEqualTo("Hợp lệ");
        assertThat(check(preview, 3)).isEqualTo("Hợp lệ");
        assertThat(check(preview, 4)).isEqualTo("Hợp lệ");
        assertThat(check(preview, 5)).contains("Thiếu họ và tên.", "Ngày sinh \"31/02/1990\" không phải là ngày hợp lệ");
        assertThat(check(preview, 6)).contains("Không tìm thấy chi bộ \"Chi bộ thôn Không Có\" trong hệ thống.");
        assertThat(check(preview, 7)).contains("Số căn cước " + pool + " trùng với dòng 2 của tệp.");
        assertThat(check(preview, 8)).contains("Chưa nhập được hồ sơ ở giai đoạn \"Chi bộ xét, biểu quyết\"");
        assertThat(check(preview, 9)).contains("Đồng chí không phải bí thư của " + west.name());
        assertThat(check(preview, 10)).contains("Không tìm thấy đảng viên giúp đỡ \"Người Không Có\" trong " + east.name());
        assertThat(check(preview, 11)).contains("Đã có hồ sơ " + existing + ": bỏ qua");

        // A bad row slipped into the confirmation: nothing at all is imported, the good rows included.
        String refused = confirm(secretary, preview, List.of(2, 3, 4, 5));
        assertThat(refused).contains("Chưa nhập hồ sơ nào: dòng 5 không còn nhập được");
        assertThat(cases.findIdByIdNumber(pool)).isEmpty();
        assertThat(cases.findIdByIdNumber(mentored)).isEmpty();

        String done = confirm(secretary, refused, List.of(2, 3, 4));
        assertThat(done).contains("Đã nhập 3 hồ sơ.");
        CandidateCase inPool = cases.get(cases.findIdByIdNumber(pool).orElseThrow());
        CandidateCase inMentoring = cases.get(cases.findIdByIdNumber(mentored).orElseThrow());
        CandidateCase inDossier = cases.get(cases.findIdByIdNumber(dossier).orElseThrow());

        assertThat(inPool.stage()).isEqualTo(CaseStage.SOURCE_POOL);
        assertThat(inPool.branchId()).isEqualTo(east.id());
        Task review = openTask(inPool.id());
        assertThat(review.getTaskDefinitionKey()).isEqualTo("Task_ReviewIntroduction");
        assertThat(candidateGroups(review)).containsExactly(Role.SECRETARY.groupIdIn(east.id()));

        assertThat(inMentoring.stage()).isEqualTo(CaseStage.MENTORING);
        assertThat(inMentoring.dateOfBirth()).isEqualTo(LocalDate.of(1996, 7, 1));
        assertThat(mentors.currentMentor(inMentoring.id())).contains(mentorByLogin.id());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("mentoring")
                .processInstanceBusinessKey(inMentoring.id()).count()).isEqualTo(1);

        assertThat(inDossier.stage()).isEqualTo(CaseStage.DOSSIER);
        assertThat(openTask(inDossier.id()).getTaskDefinitionKey()).isEqualTo("Task_CompileDossier");
        assertThat(mentors.currentMentor(inDossier.id())).contains(mentorByName.id());
        assertThat(classes.latestCertificate(inDossier.id()).orElseThrow().number()).isEqualTo("GCN-2025/117");

        for (CandidateCase imported : List.of(inPool, inMentoring, inDossier)) {
            assertThat(jdbc.sql("select actor from audit_journal where case_id = ? and action = 'CASE_IMPORTED'")
                    .param(imported.id()).query(String.class).list()).containsExactly("bithu.dong");
        }
        // The secretary finds the imported case's step in their own task list, as for any case of the branch.
        Response tasks = HttpTestClient.basic(port, "bithu.dong").get("/engine-rest/task?processInstanceBusinessKey=" + inDossier.id());
        assertThat(tasks.json().size()).isEqualTo(1);
        assertThat(secretary.get("/cases/" + inDossier.id()).body()).contains("Hồ Văn Hồ Sơ", "Hoàn thiện hồ sơ đề nghị kết nạp");

        // The same file again: every good row is now "already imported", and nothing new can be brought in.
        String again = upload(secretary, uploadPage.body(), sheet);
        assertThat(again).contains("10 dòng: 0 dòng nhập được, 6 dòng có lỗi, 4 dòng đã có hồ sơ.");
        assertThat(check(again, 2)).contains("Đã có hồ sơ " + inPool.id());
        String secondConfirm = confirm(secretary, again, List.of(2, 3, 4));
        assertThat(secondConfirm).contains("Chưa nhập hồ sơ nào");
        for (String idNumber : List.of(pool, mentored, dossier)) {
            assertThat(jdbc.sql("select count(*) from candidate_case where id_number = ?").param(idNumber)
                    .query(Long.class).single()).isEqualTo(1);
        }
    }

    @Test
    void only_branch_secretaries_import() {
        assertThat(HttpTestClient.loggedIn(port, "chiuy.dong").get("/cases/import").status()).isEqualTo(403);
        assertThat(HttpTestClient.loggedIn(port, "ubkt.kiemtra").get("/cases/import/template.xlsx").status()).isEqualTo(403);
        assertThat(HttpTestClient.anonymous(port).get("/cases/import").status()).isEqualTo(302);
    }

    private String upload(HttpTestClient secretary, String uploadPage, byte[] sheet) {
        Matcher action = Pattern.compile("action=\"[^\"]*_csrf=([^\"&]+)\"").matcher(uploadPage);
        assertThat(action.find()).isTrue();
        Response preview = secretary.postMultipart("/cases/import?_csrf=" + action.group(1), Map.of(), "file",
                "ho-so-chi-bo.xlsx", XLSX, sheet);
        assertThat(preview.status()).as(preview.body()).isEqualTo(200);
        return preview.body();
    }

    private String confirm(HttpTestClient secretary, String preview, List<Integer> rows) {
        Matcher token = Pattern.compile("name=\"token\" value=\"([^\"]+)\"").matcher(preview);
        assertThat(token.find()).isTrue();
        StringBuilder form = new StringBuilder("token=" + token.group(1) + "&_csrf=" + HtmlTables.csrfToken(preview));
        rows.forEach(row -> form.append("&rows=").append(row));
        Response response = secretary.postFormRaw("/cases/import/confirm", form.toString());
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.body();
    }

    /** The "Kết quả kiểm tra" cell of a sheet row in the preview. */
    private static String check(String preview, int rowNumber) {
        return HtmlTables.rows(preview, "import-rows").stream()
                .filter(cells -> cells.size() > 7 && cells.get(1).equals(String.valueOf(rowNumber)))
                .findFirst().orElseThrow(() -> new AssertionError("No row " + rowNumber)).get(7);
    }

    private Task openTask(String caseId) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).singleResult();
    }

    private List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
    }

    private Unit branchOfSecretary(String secretary) {
        RoleAssignment role = organisation.findRoleAssignmentsOf(secretary).stream()
                .filter(assignment -> assignment.role() == Role.SECRETARY).findFirst().orElseThrow();
        return organisation.findUnit(role.unitId()).orElseThrow();
    }

    private static String nextIdNumber() {
        return "%012d".formatted(ID_NUMBERS.incrementAndGet());
    }

    private static Map<Integer, Object> row(String name, Object born, String gender, String idNumber, String education,
                                            String branch, String stage, String mentor, String certificate,
                                            String certificateIssuedOn) {
        Map<Integer, Object> cells = new LinkedHashMap<>();
        cells.put(0, name);
        cells.put(1, born);
        cells.put(2, gender);
        cells.put(3, idNumber);
        cells.put(4, "Kinh");
        cells.put(5, "Không");
        cells.put(6, education);
        cells.put(7, "Nông dân");
        cells.put(8, "Thôn Đông, xã An Hòa");
        cells.put(9, "Không");
        cells.put(10, branch);
        cells.put(11, stage);
        cells.put(12, mentor);
        cells.put(13, certificate);
        cells.put(14, certificateIssuedOn);
        return cells;
    }

    /** A sheet as a branch fills it in Excel; a LocalDate becomes a real date cell, the rest text. */
    @SafeVarargs
    private static byte[] sheet(Map<Integer, Object>... rows) throws Exception {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Danh sách quần chúng");
            Row header = sheet.createRow(0);
            String[] headers = {"Họ và tên", "Ngày sinh", "Giới tính", "Số căn cước công dân", "Dân tộc", "Tôn giáo",
                    "Trình độ giáo dục phổ thông", "Nghề nghiệp", "Nơi cư trú", "Đoàn viên", "Chi bộ", "Giai đoạn hiện tại",
                    "Đảng viên giúp đỡ", "Số giấy chứng nhận lớp nhận thức", "Ngày cấp giấy chứng nhận"};
            for (int column = 0; column < headers.length; column++) {
                header.createCell(column).setCellValue(headers[column]);
            }
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int index = 0; index < rows.length; index++) {
                Row row = sheet.createRow(index + 1);
                for (Map.Entry<Integer, Object> cell : rows[index].entrySet()) {
                    if (cell.getValue() instanceof LocalDate day) {
                        row.createCell(cell.getKey()).setCellValue(day);
                        row.getCell(cell.getKey()).setCellStyle(date);
                    } else if (!cell.getValue().toString().isEmpty()) {
                        row.createCell(cell.getKey()).setCellValue(cell.getValue().toString());
                    }
                }
            }
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
