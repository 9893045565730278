package vn.mamxanh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mamxanh.audit.AuditTestCases.as;
import static vn.mamxanh.audit.AuditTestCases.at;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitKind;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

@MamXanhTest
class AuditSearchTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseRepository cases;
    @Autowired
    AuditJournal journal;
    @Autowired
    OrganisationRepository organisation;

    @Test
    void every_decision_taken_after_its_deadline_in_2025_in_this_province() {
        String lateIn2025 = decision("2025-06-20T10:00:00", "2025-06-10T17:00:00");
        String onTimeIn2025 = decision("2025-06-05T10:00:00", "2025-06-10T17:00:00");
        String lateIn2026 = decision("2026-01-15T10:00:00", "2026-01-05T17:00:00");

        List<String> found = caseIds(search("?action=DECISION_TAKEN&afterDeadline=true&from=01/01/2025&to=31/12/2025&unit="
                + DemoOrganisation.PROVINCE));

        assertThat(found).contains(lateIn2025).doesNotContain(onTimeIn2025, lateIn2026);
    }

    @Test
    void everything_one_user_did_last_month() {
        String caseId = AuditTestCases.newCase(cases, DemoOrganisation.BRANCH_WEST, "Mùa A Dế");
        at("2026-04-03T09:00:00");
        as(engine, "bithu.tay", () -> journal.record(CaseEvent.of(caseId, AuditAction.MENTOR_CHANGED, Map.of("mentor", "dangvien.tay1"))));
        at("2026-04-28T16:00:00");
        as(engine, "bithu.tay", () -> journal.record(CaseEvent.of(caseId, AuditAction.VOTE_RECORDED, Map.of("inFavour", 4))));
        at("2026-05-02T08:00:00");
        as(engine, "bithu.tay", () -> journal.record(CaseEvent.of(caseId, AuditAction.CASE_CHANGED, Map.of("occupation", "Nông dân"))));

        JsonNode entries = search("?actor=bithu.tay&from=2026-04-01&to=2026-04-30");

        List<String> actions = new ArrayList<>();
        for (JsonNode entry : entries) {
            assertThat(entry.get("actor").asText()).isEqualTo("bithu.tay");
            Instant when = Instant.parse(entry.get("recordedAt").asText());
            assertThat(when).isBetween(OffsetDateTime.parse("2026-04-01T00:00:00+07:00").toInstant(),
                    OffsetDateTime.parse("2026-05-01T00:00:00+07:00").toInstant());
            if (caseId.equals(entry.get("caseId").asText())) {
                actions.add(entry.get("action").asText());
            }
        }
        assertThat(actions).containsExactly("MENTOR_CHANGED", "VOTE_RECORDED");
    }

    @Test
    void the_search_keeps_to_the_auditors_district() {
        String otherDistrict = "hu-test-" + System.nanoTime() % 100000;
        organisation.insert(Unit.of(otherDistrict, UnitKind.DISTRICT, "Huyện ủy khác", null));
        organisation.insert(Unit.of(otherDistrict + "-gr", UnitKind.GRASSROOTS, "Đảng ủy xã khác", otherDistrict));
        organisation.insert(Unit.of(otherDistrict + "-cb", UnitKind.BRANCH, "Chi bộ khác", otherDistrict + "-gr"));
        String outside = AuditTestCases.newCase(cases, otherDistrict + "-cb", "Người Huyện Khác");
        String inside = AuditTestCases.newCase(cases, DemoOrganisation.BRANCH_EAST, "Người Trong Huyện");
        for (String caseId : List.of(outside, inside)) {
            journal.record(CaseEvent.of(caseId, AuditAction.CASE_CHANGED, Map.of("note", "x")));
        }

        assertThat(caseIds(search("?action=CASE_CHANGED"))).contains(inside).doesNotContain(outside);
        assertThat(search("?caseId=" + outside)).isEmpty();
        assertThat(HttpTestClient.basic(port, "ubkt.kiemtra").get("/api/audit/cases/" + outside).status()).isEqualTo(404);
        Response foreignUnit = HttpTestClient.basic(port, "ubkt.kiemtra").get("/api/audit/search?unit=" + otherDistrict);
        assertThat(foreignUnit.status()).isEqualTo(400);
        assertThat(foreignUnit.json().get("field").asText()).isEqualTo("unit");
    }

    @Test
    void a_mistyped_search_is_answered_in_vietnamese_naming_the_field() {
        HttpTestClient auditor = HttpTestClient.basic(port, "ubkt.kiemtra");
        Response badDate = auditor.get("/api/audit/search?from=31/02/2025");
        assertThat(badDate.status()).isEqualTo(400);
        assertThat(badDate.header("Content-Type")).startsWith("application/problem+json");
        assertThat(badDate.json().get("field").asText()).isEqualTo("from");
        assertThat(badDate.json().get("detail").asText()).contains("không hợp lệ");

        Response reversed = auditor.get("/api/audit/search?from=01/12/2025&to=01/01/2025");
        assertThat(reversed.status()).isEqualTo(400);
        assertThat(reversed.json().get("field").asText()).isEqualTo("to");

        Response unknownAction = auditor.get("/api/audit/search?action=DELETE_EVERYTHING");
        assertThat(unknownAction.status()).isEqualTo(400);
        assertThat(unknownAction.json().get("field").asText()).isEqualTo("action");

        Response page = HttpTestClient.loggedIn(port, "ubkt.kiemtra").get("/audit/search?from=hôm-qua", "text/html");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("Tra cứu nhật ký kiểm tra", "không hợp lệ", "hôm-qua");
    }

    @Test
    void only_auditors_may_search() {
        assertThat(HttpTestClient.basic(port, "btv.uyvien").get("/api/audit/search").status()).isEqualTo(403);
        assertThat(HttpTestClient.loggedIn(port, "quantri").get("/audit/search", "text/html").status()).isEqualTo(403);
        Response page = HttpTestClient.loggedIn(port, "ubkt.kiemtra").get("/audit/search", "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Tra cứu nhật ký kiểm tra", "Ra quyết định", "Chi bộ thôn Đông");
    }

    private String decision(String takenAt, String dueAt) {
        String caseId = AuditTestCases.newCase(cases, DemoOrganisation.BRANCH_EAST, "Quyết Định");
        at(takenAt);
        Instant deadline = OffsetDateTime.parse(dueAt + "+07:00").toInstant();
        as(engine, "btv.uyvien", () -> journal.record(CaseEvent.of(caseId, AuditAction.DECISION_TAKEN,
                Map.of("decision", "ADMIT")).withOutcome("ADMITTED").withDeadline(deadline)));
        return caseId;
    }

    private JsonNode search(String query) {
        Response answer = HttpTestClient.basic(port, "ubkt.kiemtra").get("/api/audit/search" + query);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer.json().get("entries");
    }

    private static List<String> caseIds(JsonNode entries) {
        List<String> ids = new ArrayList<>();
        entries.forEach(entry -> ids.add(entry.get("caseId").asText()));
        return ids;
    }
}
