package vn.mamxanh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mamxanh.audit.AuditTestCases.as;
import static vn.mamxanh.audit.AuditTestCases.at;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
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
import vn.mamxanh.testing.MamXanhTest;
import vn.mamxanh.testing.TestModels;

/** A deadline the model draws as a timer, and the escalation after it, are on record without any call. */
@MamXanhTest
class DeadlinesAreJournalledTest {

    private static final String PROBE = "audit-deadline-probe";

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseRepository cases;

    @BeforeEach
    void deployProbe() {
        BpmnModelInstance model = Bpmn.createExecutableProcess(PROBE).name("Quyết định thử")
                .startEvent()
                .userTask("Task_Decide").name("Quyết định kết nạp")
                .camundaCandidateGroups(DemoOrganisation.STANDING_COMMITTEE + ".member")
                .boundaryEvent("Timer_DecisionDue").name("Quá hạn quyết định").timerWithDuration("PT1H")
                .intermediateThrowEvent("Event_Escalate").name("Báo cáo cấp trên").escalation("R09")
                .endEvent("End_Escalated").name("Đã chuyển cấp trên")
                .moveToActivity("Task_Decide")
                .endEvent("End_Decided").name("Đã quyết định")
                .done();
        TestModels.deployOnce(engine.getRepositoryService(), model);
    }

    @Test
    void R09_a_missed_deadline_and_its_escalation_are_in_the_case_history() {
        String caseId = AuditTestCases.newCase(cases, DemoOrganisation.BRANCH_EAST, "Đinh Văn Hạn");
        Instant started = at("2026-07-01T08:00:00");
        String processId = as(engine, "btc.chuyenvien", () -> engine.getRuntimeService()
                .startProcessInstanceByKey(PROBE, caseId, Map.of("caseId", caseId)).getId());

        ClockUtil.setCurrentTime(Date.from(started.plus(Duration.ofHours(2))));
        Job timer = engine.getManagementService().createJobQuery().processInstanceId(processId).singleResult();
        engine.getManagementService().executeJob(timer.getId());

        JsonNode lines = HttpTestClient.basic(port, "ubkt.kiemtra").get("/api/audit/cases/" + caseId).json().get("lines");
        List<String> steps = new ArrayList<>();
        lines.forEach(line -> steps.add(line.get("time").asText() + " | " + line.get("action").asText() + " | "
                + line.get("actor").asText() + " | " + line.get("step").asText("")));
        assertThat(steps).containsSubsequence(
                "01/07/2026 08:00:00 | TASK_CREATED | btc.chuyenvien | Quyết định kết nạp",
                // the engine ends the task the timer interrupts before it enters the timer event
                "01/07/2026 10:00:00 | TASK_CANCELLED | system | Quyết định kết nạp",
                "01/07/2026 10:00:00 | TIMER_FIRED | system | Quá hạn quyết định",
                "01/07/2026 10:00:00 | ESCALATED | system | Báo cáo cấp trên",
                "01/07/2026 10:00:00 | PROCESS_ENDED | system | Quyết định thử");
        assertThat(lines.get(lines.size() - 1).get("details").asText()).contains("end: Đã chuyển cấp trên");
        assertThat(lines.get(lines.size() - 1).get("actorName").asText()).isEqualTo("Hệ thống");
    }
}
