package vn.mamxanh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mamxanh.audit.AuditTestCases.as;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/** Auditors read everything in scope and change nothing (DOMAIN.md §4), over every route. */
@MamXanhTest
class AuditorChangesNothingTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseRepository cases;

    @Test
    void an_auditor_cannot_claim_or_complete_a_task_over_the_engine_rest_api() {
        Task task = openTask();
        HttpTestClient auditor = HttpTestClient.basic(port, "ubkt.kiemtra");

        assertRefused(auditor.postJson("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "ubkt.kiemtra")));
        assertRefused(auditor.postJson("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", Map.of())));
        assertRefused(auditor.postJson("/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", Map.of())));
        assertRefused(auditor.putJson("/engine-rest/task/" + task.getId(), Map.of("name", "Đổi tên", "priority", 1)));

        Task after = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
        assertThat(after).as("the task is still open").isNotNull();
        assertThat(after.getAssignee()).isNull();
        assertThat(after.getName()).isEqualTo(task.getName());
    }

    @Test
    void an_auditor_cannot_complete_a_task_through_tasklist_while_a_secretary_can() {
        Task task = openTask();
        Response auditorAnswer = throughTasklist("ubkt.kiemtra", task);
        assertRefused(auditorAnswer);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isOne();

        assertThat(throughTasklist("bithu.dong", task).status()).as("the same route works for the task's owner").isEqualTo(204);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isZero();
    }

    @Test
    void an_auditor_cannot_edit_create_or_end_a_case_over_the_app_api() {
        Task task = openTask();
        String caseId = engine.getRuntimeService().createProcessInstanceQuery()
                .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
        CandidateCase before = cases.get(caseId);
        HttpTestClient auditor = HttpTestClient.basic(port, "ubkt.kiemtra");

        assertRefused(auditor.putJson("/api/cases/" + caseId, Map.of("fullName", "Tên khác")));
        assertRefused(auditor.postJson("/api/cases", Map.of("fullName", "Người mới", "branchId", DemoOrganisation.BRANCH_EAST)));
        assertRefused(auditor.postJson("/api/cases/" + caseId + "/end", Map.of("reason", "Kiểm tra")));
        assertRefused(auditor.delete("/api/cases/" + caseId));

        assertThat(cases.get(caseId)).as("the case is unchanged").isEqualTo(before);
    }

    @Test
    void an_auditor_cannot_delete_history_or_cancel_a_process() {
        Task task = openTask();
        String processInstanceId = task.getProcessInstanceId();
        HttpTestClient auditor = HttpTestClient.basic(port, "ubkt.kiemtra");

        assertRefused(auditor.delete("/engine-rest/process-instance/" + processInstanceId));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count()).isOne();

        engine.getTaskService().complete(task.getId(), AuditTestCases.DECLINE);
        assertRefused(auditor.delete("/engine-rest/history/process-instance/" + processInstanceId));
        assertRefused(auditor.postJson("/engine-rest/history/process-instance/delete",
                Map.of("historicProcessInstanceIds", new String[] {processInstanceId}, "deleteReason", "Dọn dẹp")));
        assertRefused(auditor.postJson("/engine-rest/history/cleanup", Map.of()));
        assertRefused(auditor.delete("/engine-rest/history/task/" + task.getId()));
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).count())
                .as("the history is still there").isOne();
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).count()).isOne();
    }

    @Test
    void an_auditor_may_still_read_and_query_the_engine() {
        HttpTestClient auditor = HttpTestClient.basic(port, "ubkt.kiemtra");
        assertThat(auditor.postJson("/engine-rest/history/process-instance", Map.of()).status()).isEqualTo(200);
        assertThat(auditor.postJson("/engine-rest/history/process-instance/count", Map.of()).status()).isEqualTo(200);
        assertThat(auditor.get("/engine-rest/history/process-instance").status()).isEqualTo(200);
    }

    private Task openTask() {
        String caseId = AuditTestCases.newCase(cases, DemoOrganisation.BRANCH_EAST, "Trương Văn Lộc");
        ProcessInstance process = as(engine, "doan.anhoa", () -> engine.getRuntimeService()
                .startProcessInstanceByKey("candidate-admission", caseId,
                        Map.of("caseId", caseId, "branchId", DemoOrganisation.BRANCH_EAST)));
        return engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).singleResult();
    }

    private Response throughTasklist(String user, Task task) {
        HttpTestClient session = HttpTestClient.loggedIn(port, user);
        session.get("/camunda/app/tasklist/default/", "text/html");
        String token = session.cookie("XSRF-TOKEN");
        assertThat(token).as("Tasklist hands out its CSRF token").isNotEmpty();
        return session.postJsonAsWebapp("/camunda/api/engine/engine/default/task/" + task.getId() + "/complete",
                Map.of("variables", Map.of("intakeDecision", Map.of("value", "DECLINE"),
                        "declineReason", Map.of("value", "Chưa đủ điều kiện"))));
    }

    private static void assertRefused(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(403);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asText()).isEqualTo("Kiểm tra viên chỉ được xem, không được thay đổi dữ liệu.");
    }
}
