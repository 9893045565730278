package vn.mamxanh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mamxanh.audit.AuditTestCases.as;
import static vn.mamxanh.audit.AuditTestCases.at;

import java.io.IOException;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.MamXanhTest;

/** The CSV and the PDF an auditor downloads hold the same entries as the page, in the same order. */
@MamXanhTest
class AuditExportTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseRepository cases;
    @Autowired
    AuditJournal journal;

    @Test
    void the_case_history_exports_hold_the_same_entries_as_the_page() throws IOException {
        String caseId = caseWithAStory();
        HttpTestClient auditor = HttpTestClient.loggedIn(port, "ubkt.kiemtra");
        JsonNode lines = HttpTestClient.basic(port, "ubkt.kiemtra").get("/api/audit/cases/" + caseId).json().get("lines");
        String page = auditor.get("/audit/cases/" + caseId, "text/html").body();
        // the three steps recorded by hand, the process start (with the case moved into its first stage) and its first task
        assertThat(lines.size()).isEqualTo(8);

        List<List<String>> csv = csv(auditor, "/audit/cases/" + caseId + ".csv");
        assertThat(csv.get(0)).startsWith("STT", "Thời gian", "Mã hồ sơ", "Người thực hiện", "Họ tên", "Vai trò");
        assertSameEntries(csv, lines);

        String pdf = pdfText(auditor, "/audit/cases/" + caseId + ".pdf");
        assertThat(pdf).contains("Lịch sử hồ sơ " + caseId, "Quần chúng: Vương Thị Ánh", "Số mục: " + lines.size());
        assertInOrder(pdf, lines);
        for (JsonNode line : lines) {
            assertThat(page).contains(line.get("time").asText());
        }
    }

    @Test
    void the_search_exports_hold_the_same_entries_as_the_search() throws IOException {
        String caseId = caseWithAStory();
        String query = "?caseId=" + caseId + "&actor=bithu.dong&from=01/02/2026&to="
                + URLEncoder.encode("28/02/2026", StandardCharsets.UTF_8);
        JsonNode found = HttpTestClient.basic(port, "ubkt.kiemtra").get("/api/audit/search" + query).json();
        JsonNode lines = found.get("entries");
        assertThat(lines.size()).isEqualTo(found.get("count").asInt()).isGreaterThanOrEqualTo(4);
        for (JsonNode line : lines) {
            assertThat(line.get("actor").asText()).isEqualTo("bithu.dong");
        }

        HttpTestClient auditor = HttpTestClient.loggedIn(port, "ubkt.kiemtra");
        assertSameEntries(csv(auditor, "/audit/search.csv" + query), lines);
        String pdf = pdfText(auditor, "/audit/search.pdf" + query);
        assertThat(pdf).contains("Kết quả tra cứu nhật ký kiểm tra", "người thực hiện bithu.dong", "Số mục: " + lines.size());
        assertInOrder(pdf, lines);
    }

    /** A case with Vietnamese text, commas, quotes and line breaks in its data: what breaks naive exports. */
    private String caseWithAStory() {
        String caseId = AuditTestCases.newCase(cases, DemoOrganisation.BRANCH_EAST, "Vương Thị Ánh");
        at("2026-02-10T08:30:00");
        as(engine, "doan.anhoa", () -> journal.record(CaseEvent.of(caseId, AuditAction.CASE_INTRODUCED,
                Map.of("comment", "Gương mẫu, nhiệt tình; được \"Đoàn viên xuất sắc\" 2025"))));
        at("2026-02-11T09:00:00");
        as(engine, "bithu.dong", () -> {
            journal.record(CaseEvent.of(caseId, AuditAction.MENTOR_CHANGED, Map.of("mentor", "dangvien.dong1")));
            engine.getRuntimeService().startProcessInstanceByKey("candidate-admission", caseId,
                    Map.of("caseId", caseId, "branchId", DemoOrganisation.BRANCH_EAST));
        });
        at("2026-02-20T15:45:00");
        as(engine, "bithu.dong", () -> journal.record(CaseEvent.of(caseId, AuditAction.VOTE_RECORDED,
                Map.of("inFavour", 5, "officialMembers", 6, "minutes", "Dòng 1\nDòng 2")).withOutcome("PASSED")));
        return caseId;
    }

    private static void assertSameEntries(List<List<String>> csv, JsonNode lines) {
        assertThat(csv).hasSize(lines.size() + 1);
        for (int i = 0; i < lines.size(); i++) {
            JsonNode line = lines.get(i);
            List<String> row = csv.get(i + 1);
            assertThat(row).as("row %d", i + 1).hasSize(14);
            assertThat(row.get(0)).isEqualTo(line.get("seq").asText());
            assertThat(row.get(1)).isEqualTo(line.get("time").asText());
            assertThat(row.get(2)).isEqualTo(line.get("caseId").asText());
            assertThat(row.get(3)).isEqualTo(line.get("actor").asText());
            assertThat(row.get(4)).isEqualTo(line.get("actorName").asText());
            assertThat(row.get(5)).isEqualTo(line.get("roleLabel").asText());
            assertThat(row.get(7)).isEqualTo(line.get("actionLabel").asText());
            assertThat(row.get(12)).isEqualTo(line.get("details").asText());
            assertThat(row.get(13)).isEqualTo(line.get("hash").asText());
        }
    }

    private static void assertInOrder(String pdf, JsonNode lines) {
        int from = 0;
        for (JsonNode line : lines) {
            String headline = "#" + line.get("seq").asText() + " " + line.get("time").asText() + " " + line.get("actionLabel").asText();
            int at = pdf.indexOf(headline, from);
            assertThat(at).as("'%s' after position %d", headline, from).isGreaterThanOrEqualTo(0);
            String actor = pdf.substring(at, Math.min(pdf.length(), at + 400));
            assertThat(actor).contains(line.get("actorName").asText() + " (" + line.get("actor").asText() + ")");
            from = at + headline.length();
        }
    }

    private static List<List<String>> csv(HttpTestClient auditor, String path) {
        HttpResponse<byte[]> answer = auditor.getBytes(path);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        byte[] body = answer.body();
        assertThat(body).startsWith(0xEF, 0xBB, 0xBF);
        return parseCsv(new String(body, 3, body.length - 3, StandardCharsets.UTF_8));
    }

    private static String pdfText(HttpTestClient auditor, String path) throws IOException {
        HttpResponse<byte[]> answer = auditor.getBytes(path);
        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        try (PDDocument document = Loader.loadPDF(answer.body())) {
            // one space between words, so a headline reads the same however the page laid it out
            return new PDFTextStripper().getText(document).replaceAll("[ \\t]+", " ");
        }
    }

    /** RFC 4180, as a spreadsheet reads it. */
    static List<List<String>> parseCsv(String text) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                row.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                row.add(cell.toString());
                cell.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else {
                cell.append(c);
            }
        }
        if (!row.isEmpty() || cell.length() > 0) {
            row.add(cell.toString());
            rows.add(row);
        }
        return rows;
    }
}
