package vn.mamxanh.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.mamxanh.testing.DecisionPath.appraisal;
import static vn.mamxanh.testing.DecisionPath.grassrootsVote;
import static vn.mamxanh.testing.DecisionPath.recognitionVote;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.probation.ProbationItem;
import vn.mamxanh.probation.ProbationRecordRepository;
import vn.mamxanh.testing.DecisionPath;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/** R09: the deciding body extends its deadline once, by at most 30 working days, with a reason, as a step of its own. */
@MamXanhTest
class DeadlineExtensionTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    DeadlineExtensions extensions;
    @Autowired
    DecisionDeadlines deadlines;

    DecisionPath path;
    int committee;

    @BeforeEach
    void setUp() {
        path = new DecisionPath(context);
        committee = organisation.findRoleHolders(DemoOrganisation.GRASSROOTS, Role.GRASSROOTS_COMMITTEE).size();
    }

    @Test
    void R09_the_deciding_body_extends_the_admission_deadline_once_with_a_reason_and_the_escalation_moves() {
        // Branch resolution Friday 24/4/2026: due Wednesday 22/7 (60 working days across 30/4-1/5).
        DecisionPath.today(LocalDate.of(2026, 4, 24));
        String caseId = path.newCase();
        ProcessInstance instance = path.startAdmissionDecision(caseId);
        path.complete(instance, "Task_RecordGrassrootsVote", "danguy.anhoa1", grassrootsVote(committee, 0, true, null));
        DecisionPath.today(LocalDate.of(2026, 7, 15));

        assertThat(HttpTestClient.basic(port, "bithu.dong").postJson("/api/cases/" + caseId + "/deadline-extension", Map.of())
                .status()).isEqualTo(403);
        Response opened = HttpTestClient.basic(port, "btv.uyvien").postJson("/api/cases/" + caseId + "/deadline-extension", Map.of());
        assertThat(opened.status()).isEqualTo(201);
        String taskId = opened.json().get("taskId").asText();
        assertThat(path.task(instance, "Task_ExtendDecisionDeadline")).hasCandidateGroup("btv-dong-thap.member");
        assertThat(HttpTestClient.basic(port, "btv.uyvien").postJson("/api/cases/" + caseId + "/deadline-extension", Map.of())
                .status()).isEqualTo(409);

        Response tooLong = complete(caseId, taskId, Map.of("extraWorkingDays", 31, "reason", "Chờ kết quả thẩm tra bổ sung."));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("rule").asText()).isEqualTo("R09");
        assertThat(tooLong.json().get("field").asText()).isEqualTo("extraWorkingDays");
        assertThat(tooLong.json().get("detail").asText()).isEqualTo("Chỉ được gia hạn từ 1 đến 30 ngày làm việc.");
        Response noReason = complete(caseId, taskId, Map.of("extraWorkingDays", 20));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asText()).isEqualTo("reason");
        assertThat(extensions.of(caseId, Purpose.ADMISSION)).isEmpty();

        Response granted = complete(caseId, taskId, Map.of("extraWorkingDays", 20,
                "reason", "Chờ kết quả thẩm tra bổ sung lý lịch người thân ở tỉnh khác."));
        assertThat(granted.status()).isEqualTo(204);

        // 80 working days from 24/4/2026: Wednesday 19/8.
        DeadlineExtension extension = extensions.of(caseId, Purpose.ADMISSION).orElseThrow();
        assertThat(extension.dueBefore()).isEqualTo(LocalDate.of(2026, 7, 22));
        assertThat(extension.dueAfter()).isEqualTo(LocalDate.of(2026, 8, 19));
        assertThat(extension.grantedBy()).isEqualTo("btv.uyvien");
        assertThat(context.getBean(org.springframework.jdbc.core.simple.JdbcClient.class)
                .sql("select actor from audit_journal where case_id = ? and action = 'DEADLINE_EXTENDED'").param(caseId)
                .query(String.class).list()).containsExactly("btv.uyvien");
        assertThat(deadlines.decisionDeadline(caseId, Purpose.ADMISSION)).isEqualTo(LocalDate.of(2026, 8, 19));
        DecisionPath.at(LocalDate.of(2026, 7, 23), LocalTime.of(7, 0));
        assertThat(path.runDueTimers(instance)).isZero();
        DecisionPath.at(LocalDate.of(2026, 8, 19), LocalTime.of(23, 0));
        assertThat(path.runDueTimers(instance)).isZero();

        Response page = HttpTestClient.loggedIn(port, "btv.uyvien").get("/cases/" + caseId, "text/html");
        assertThat(page.body()).contains("R09: 60 ngày làm việc kể từ ngày chi bộ ra nghị quyết đề nghị kết nạp (24/04/2026)")
                .contains("đã gia hạn thêm 20 ngày làm việc (từ 22/07/2026 đến 19/08/2026)")
                .doesNotContain("Gia hạn thời hạn quyết định</button>");
        Response again = HttpTestClient.basic(port, "btv.uyvien").postJson("/api/cases/" + caseId + "/deadline-extension", Map.of());
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("detail").asText()).contains("chỉ cho gia hạn một lần");

        DecisionPath.at(LocalDate.of(2026, 8, 20), LocalTime.of(0, 30));
        assertThat(path.runDueTimers(instance)).isEqualTo(1);
        assertThat(instance).isWaitingAt("Task_AppraiseDossier", "Task_ChaseAdmissionDecision");
    }

    @Test
    void R09_a_deadline_that_has_run_out_is_not_extended() {
        DecisionPath.today(LocalDate.of(2026, 4, 24));
        String caseId = path.newCase();
        ProcessInstance instance = path.startAdmissionDecision(caseId);
        path.complete(instance, "Task_RecordGrassrootsVote", "danguy.anhoa1", grassrootsVote(committee, 0, true, null));
        path.complete(instance, "Task_AppraiseDossier", "btc.chuyenvien", appraisal());
        DecisionPath.at(LocalDate.of(2026, 7, 23), LocalTime.of(9, 0));
        path.runDueTimers(instance);

        String taskId = HttpTestClient.basic(port, "btv.uyvien").postJson("/api/cases/" + caseId + "/deadline-extension", Map.of())
                .json().get("taskId").asText();
        Response late = complete(caseId, taskId, Map.of("extraWorkingDays", 10, "reason", "Chưa họp được."));

        assertThat(late.status()).isEqualTo(400);
        assertThat(late.json().get("detail").asText()).startsWith("Thời hạn đã hết ngày 22/07/2026");
        assertThat(extensions.of(caseId, Purpose.ADMISSION)).isEmpty();
        assertThat(instance).isWaitingAt("Task_DecideAdmission", "Task_ChaseAdmissionDecision", "Task_ExtendDecisionDeadline");
    }

    @Test
    void R09_the_recognition_decision_is_due_30_working_days_after_the_branch_recognition_resolution_and_extends_once() {
        ProbationRecordRepository records = context.getBean(ProbationRecordRepository.class);
        DecisionPath.today(LocalDate.of(2026, 4, 10));
        String caseId = path.newCase();
        ProcessInstance instance = path.startProbation(caseId, LocalDate.of(2025, 4, 10));
        for (ProbationItem item : ProbationItem.values()) {
            records.add(caseId, item, LocalDate.of(2026, 4, 1), "Đã có", "Đạt yêu cầu", null, "bithu.dong",
                    java.time.Instant.now());
        }
        path.runDueTimers(instance);
        int officialMembers = (int) context.getBean(vn.mamxanh.organisation.OrganisationDirectory.class)
                .officialMemberCount(DemoOrganisation.BRANCH_EAST);
        // Branch resolution Friday 24/4/2026: 30 working days across 27/4, 30/4 and 1/5 end on Wednesday 10/6.
        DecisionPath.today(LocalDate.of(2026, 4, 24));
        path.complete(instance, "Task_RecordRecognitionVote", "bithu.dong",
                recognitionVote((int) TwoThirdsMajority.needed(officialMembers), 0, true, null));
        assertThat(deadlines.decisionDeadline(caseId, Purpose.RECOGNITION)).isEqualTo(LocalDate.of(2026, 6, 10));

        String taskId = HttpTestClient.basic(port, "btv.uyvien").postJson("/api/cases/" + caseId + "/deadline-extension", Map.of())
                .json().get("taskId").asText();
        assertThat(path.task(instance, "Task_ExtendRecognitionDeadline")).isNotNull();
        assertThat(complete(caseId, taskId, Map.of("extraWorkingDays", 30, "reason", "Đảng viên dự bị đang điều trị dài ngày.")).status())
                .isEqualTo(204);

        // 60 working days from 24/4/2026: Wednesday 22/7.
        assertThat(deadlines.decisionDeadline(caseId, Purpose.RECOGNITION)).isEqualTo(LocalDate.of(2026, 7, 22));
        DecisionPath.at(LocalDate.of(2026, 7, 22), LocalTime.of(23, 0));
        assertThat(path.runDueTimers(instance)).isZero();
        DecisionPath.at(LocalDate.of(2026, 7, 23), LocalTime.of(7, 0));
        assertThat(path.runDueTimers(instance)).isEqualTo(1);
        assertThat(instance).isWaitingAt("Task_DecideRecognition", "Task_ChaseRecognitionDecision");
    }

    private Response complete(String caseId, String taskId, Map<String, Object> fields) {
        return HttpTestClient.basic(port, "btv.uyvien").postJson("/api/cases/" + caseId + "/tasks/" + taskId + "/complete", fields);
    }
}
