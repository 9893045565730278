package vn.mamxanh.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.mamxanh.candidate.CaseJourney.Candidate;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/** The app API: introducing a candidate and completing a case's task, with its error answers. */
@MamXanhTest
class CaseApiTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_mass_organisation_introduces_a_candidate_and_the_case_starts_with_its_id_as_business_key() {
        Map<String, Object> body = Candidate.standard().json();
        Response created = HttpTestClient.basic(port, "doan.anhoa").postJson("/api/cases", body);

        assertThat(created.status()).isEqualTo(201);
        String caseId = created.json().get("caseId").asText();
        assertThat(caseId).matches("HS-\\d{4}-\\d{6}");
        assertThat(created.header("Location")).endsWith("/api/cases/" + caseId);
        Map<String, Object> row = jdbc.sql("select * from candidate_case where id = ?").param(caseId).query().singleRow();
        assertThat(row.get("introduced_by")).isEqualTo("doan.anhoa");
        assertThat(row.get("introduced_by_unit_id")).isEqualTo("doan-an-hoa");
        assertThat(row.get("stage")).isEqualTo("SOURCE_POOL");
        assertThat(row.get("status")).isEqualTo("OPEN");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("candidate-admission")
                .processInstanceBusinessKey(caseId).singleResult().getId()).isEqualTo(created.json().get("processInstanceId").asText());
    }

    @Test
    void a_malformed_citizen_id_is_a_400_naming_the_field_and_nothing_is_created() {
        Map<String, Object> body = Candidate.standard().json();
        body.put("idNumber", "0123-456");
        Response refused = HttpTestClient.basic(port, "doan.anhoa").postJson("/api/cases", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("field").asText()).isEqualTo("idNumber");
        assertThat(refused.json().get("detail").asText()).isEqualTo("Số căn cước công dân gồm đúng 12 chữ số.");
        assertThat(jdbc.sql("select count(*) from candidate_case where id_number = ?").param("0123-456").query(Long.class).single()).isZero();
    }

    @Test
    void an_unknown_branch_is_a_400_on_the_branch_field() {
        Map<String, Object> body = Candidate.standard().json();
        body.put("branchId", "du-an-hoa");
        Response refused = HttpTestClient.basic(port, "doan.anhoa").postJson("/api/cases", body);
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("branchId");
    }

    @Test
    void only_a_mass_organisation_representative_introduces_and_nobody_anonymously() {
        Map<String, Object> body = Candidate.standard().json();
        assertThat(HttpTestClient.basic(port, "bithu.dong").postJson("/api/cases", body).status()).isEqualTo(403);
        assertThat(HttpTestClient.basic(port, "ubkt.kiemtra").postJson("/api/cases", body).status()).isEqualTo(403);
        assertThat(HttpTestClient.anonymous(port).postJson("/api/cases", body).status()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from candidate_case where id_number = ?").param(body.get("idNumber"))
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_person_with_a_case_in_progress_cannot_be_introduced_twice() {
        Map<String, Object> body = Candidate.standard().json();
        HttpTestClient representative = HttpTestClient.basic(port, "doan.anhoa");
        assertThat(representative.postJson("/api/cases", body).status()).isEqualTo(201);
        Response again = representative.postJson("/api/cases", body);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("field").asText()).isEqualTo("idNumber");
    }

    @Test
    void a_task_completed_through_the_app_api_runs_the_same_rules_as_the_engine() {
        CaseJourney journey = CaseJourney.introduce(context, port);
        String taskId = journey.openTask().getId();
        String path = "/api/cases/" + journey.caseId() + "/tasks/" + taskId + "/complete";

        Response otherBranch = HttpTestClient.basic(port, "bithu.tay").postJson(path, journey.goodData(CaseJourney.REVIEW_INTRODUCTION));
        assertThat(otherBranch.status()).isEqualTo(404);

        Response wrongMentor = HttpTestClient.basic(port, "bithu.dong")
                .postJson(path, Map.of("intakeDecision", "ACCEPT", "mentorId", "dangvien.tay1"));
        assertThat(wrongMentor.status()).isEqualTo(400);
        assertThat(wrongMentor.json().get("rule").asText()).isEqualTo("R05");
        assertThat(wrongMentor.json().get("field").asText()).isEqualTo("mentorId");

        Response missing = HttpTestClient.basic(port, "bithu.dong").postJson(path, Map.of());
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.json().get("field").asText()).isEqualTo("intakeDecision");
        assertThat(missing.json().has("rule")).isFalse();
        assertThat(journey.openTask().getId()).isEqualTo(taskId);

        Response done = HttpTestClient.basic(port, "bithu.dong").postJson(path, journey.goodData(CaseJourney.REVIEW_INTRODUCTION));
        assertThat(done.status()).isEqualTo(204);
        assertThat(jdbc.sql("select decided_by from intake_decision where case_id = ?").param(journey.caseId())
                .query(String.class).single()).isEqualTo("bithu.dong");
    }

    @Test
    void the_auditor_cannot_complete_a_step() {
        CaseJourney journey = CaseJourney.introduce(context, port);
        Response refused = HttpTestClient.basic(port, "ubkt.kiemtra").postJson("/engine-rest/task/" + journey.openTask().getId()
                + "/complete", Map.of("variables", Map.of("intakeDecision", Map.of("value", "DECLINE"), "declineReason", Map.of("value", "x"))));
        assertThat(refused.status()).isIn(403, 404);
        assertThat(journey.openTask()).isNotNull();
    }
}
