package vn.mamxanh.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.mamxanh.candidate.CaseJourney.Candidate;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/** Stage 1 from Tasklist: the start form of candidate-admission, checked like POST /api/cases. */
@MamXanhTest
class IntroductionFromTasklistTest {

    private static final String SUBMIT = "/engine-rest/process-definition/key/candidate-admission/submit-form";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_representative_sees_a_vietnamese_start_form_asking_what_the_api_asks() {
        Response form = HttpTestClient.basic(port, "doan.anhoa")
                .get("/engine-rest/process-definition/key/candidate-admission/deployed-start-form");

        assertThat(form.status()).isEqualTo(200);
        Set<String> keys = new HashSet<>();
        form.json().get("components").forEach(component -> {
            if (component.has("key")) {
                keys.add(component.get("key").asText());
            }
        });
        assertThat(keys).containsExactlyInAnyOrderElementsOf(Candidate.standard().json().keySet());
        assertThat(form.body()).contains("Họ và tên", "Số căn cước công dân");
    }

    @Test
    void a_good_introduction_creates_the_case_with_its_id_as_business_key_and_the_secretary_gets_the_review() {
        Map<String, Object> fields = Candidate.standard().json();
        Response started = HttpTestClient.basic(port, "doan.anhoa").postJson(SUBMIT, submission(fields));

        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String caseId = started.json().get("businessKey").asText();
        assertThat(caseId).matches("HS-\\d{4}-\\d{6}");
        Map<String, Object> row = jdbc.sql("select * from candidate_case where id = ?").param(caseId).query().singleRow();
        assertThat(row.get("id_number")).isEqualTo(fields.get("idNumber"));
        assertThat(row.get("full_name")).isEqualTo("Nguyễn Thị Hoa");
        assertThat(row.get("introduced_by")).isEqualTo("doan.anhoa");
        assertThat(row.get("introduced_by_unit_id")).isEqualTo("doan-an-hoa");
        assertThat(row.get("stage")).isEqualTo("SOURCE_POOL");

        String instanceId = started.json().get("id").asText();
        assertThat(runtime.getVariable(instanceId, CaseVariables.CASE_ID)).isEqualTo(caseId);
        // the profile lives in the case table, not in the process
        assertThat(runtime.getVariables(instanceId)).doesNotContainKeys("fullName", "idNumber", "dateOfBirth");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskCandidateUser("bithu.dong")
                .singleResult().getTaskDefinitionKey()).isEqualTo(CaseJourney.REVIEW_INTRODUCTION);
    }

    @Test
    void a_malformed_citizen_id_is_a_400_naming_the_field_in_the_apis_words_and_nothing_is_created() {
        Map<String, Object> fields = Candidate.standard().json();
        fields.put("idNumber", "0123-456");
        long instancesBefore = runtime.createProcessInstanceQuery().processDefinitionKey("candidate-admission").count();

        Response refused = HttpTestClient.basic(port, "doan.anhoa").postJson(SUBMIT, submission(fields));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("field").asText()).isEqualTo("idNumber");
        assertThat(refused.json().get("message").asText()).isEqualTo("Số căn cước công dân gồm đúng 12 chữ số.");
        assertThat(jdbc.sql("select count(*) from candidate_case where id_number = ?").param("0123-456")
                .query(Long.class).single()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("candidate-admission").count())
                .isEqualTo(instancesBefore);
    }

    @Test
    void a_missing_name_and_an_unknown_branch_are_refused_field_by_field() {
        Map<String, Object> noName = Candidate.standard().json();
        noName.remove("fullName");
        Response refused = HttpTestClient.basic(port, "doan.anhoa").postJson(SUBMIT, submission(noName));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("fullName");
        assertThat(refused.json().get("message").asText()).isEqualTo("Vui lòng nhập họ và tên.");

        Map<String, Object> notABranch = Candidate.standard().json();
        notABranch.put("branchId", "du-an-hoa");
        Response unknown = HttpTestClient.basic(port, "doan.anhoa").postJson(SUBMIT, submission(notABranch));
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().get("field").asText()).isEqualTo("branchId");
        assertThat(jdbc.sql("select count(*) from candidate_case where id_number in (?, ?)")
                .params(noName.get("idNumber"), notABranch.get("idNumber")).query(Long.class).single()).isZero();
    }

    @Test
    void a_second_introduction_of_someone_already_in_progress_is_refused_on_the_citizen_id() {
        Map<String, Object> fields = Candidate.standard().json();
        HttpTestClient representative = HttpTestClient.basic(port, "doan.anhoa");
        assertThat(representative.postJson(SUBMIT, submission(fields)).status()).isEqualTo(200);

        Response again = representative.postJson(SUBMIT, submission(fields));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.json().get("field").asText()).isEqualTo("idNumber");
        assertThat(jdbc.sql("select count(*) from candidate_case where id_number = ?").param(fields.get("idNumber"))
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void only_a_representative_may_start_an_introduction() {
        Map<String, Object> fields = Candidate.standard().json();
        assertThat(HttpTestClient.basic(port, "bithu.dong").postJson(SUBMIT, submission(fields)).status()).isEqualTo(403);
        assertThat(HttpTestClient.basic(port, "ubkt.kiemtra").postJson(SUBMIT, submission(fields)).status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from candidate_case where id_number = ?").param(fields.get("idNumber"))
                .query(Long.class).single()).isZero();
    }

    /** What Tasklist sends for a submitted start form. */
    private static Map<String, Object> submission(Map<String, Object> fields) {
        Map<String, Object> variables = new HashMap<>();
        fields.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return Map.of("variables", variables);
    }

}
