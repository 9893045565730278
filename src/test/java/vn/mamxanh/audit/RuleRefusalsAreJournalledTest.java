package vn.mamxanh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mamxanh.audit.AuditTestCases.as;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;
import vn.mamxanh.testing.TestModels;

/**
 * A refused completion rolls back and leaves the task open, yet the refusal itself is on record:
 * who tried, what rule stopped them and with what message.
 */
@MamXanhTest
class RuleRefusalsAreJournalledTest {

    private static final String PROBE = "audit-refusal-probe";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseRepository cases;

    @BeforeEach
    void deployProbe() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROBE).name("Biểu quyết thử")
                .startEvent()
                .userTask("Task_RecordBranchVote").name("Ghi kết quả biểu quyết của chi bộ")
                .camundaCandidateGroups(DemoOrganisation.BRANCH_EAST + ".secretary")
                .camundaTaskListenerClass("complete", RefusingTaskListener.class)
                .endEvent()
                .done();
        TestModels.deployOnce(engine.getRepositoryService(), model);
    }

    @Test
    void R16_a_refused_completion_is_journalled_although_the_completion_rolled_back() {
        String caseId = AuditTestCases.newCase(cases, DemoOrganisation.BRANCH_EAST, "Phạm Văn Tiến");
        String processId = as(engine, "bithu.dong", () -> engine.getRuntimeService()
                .startProcessInstanceByKey(PROBE, caseId, Map.of("caseId", caseId)).getId());
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(processId).singleResult();

        Response refused = HttpTestClient.basic(port, "bithu.dong").postJson("/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", Map.of("inFavour", Map.of("value", 3, "type", "Integer"))));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).as("the task stays open").isOne();

        JsonNode lines = HttpTestClient.basic(port, "ubkt.kiemtra").get("/api/audit/cases/" + caseId).json().get("lines");
        List<String> actions = new ArrayList<>();
        lines.forEach(line -> actions.add(line.get("action").asText()));
        assertThat(actions).as("nothing of the rolled-back completion, but the refusal")
                .containsExactly("PROCESS_STARTED", "DATA_RECORDED", "TASK_CREATED", "RULE_REFUSED");
        JsonNode refusal = lines.get(3);
        assertThat(refusal.get("actor").asText()).isEqualTo("bithu.dong");
        assertThat(refusal.get("outcome").asText()).isEqualTo("R07");
        assertThat(refusal.get("actionLabel").asText()).isEqualTo("Từ chối do vi phạm quy định");
        assertThat(refusal.get("details").asText()).contains("rule: R07", "field: inFavour",
                "message: Nghị quyết chỉ được thông qua khi ít nhất hai phần ba đảng viên chính thức tán thành.",
                "task: Ghi kết quả biểu quyết của chi bộ", "request: POST /engine-rest/task/" + task.getId() + "/complete");
    }
}
