package vn.mamxanh.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.mamxanh.candidate.CaseJourney.*;

import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.mamxanh.candidate.CaseJourney.Candidate;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/** Every path of candidate-admission through stages 1-7, each step done over HTTP by the demo user who owns it. */
@MamXanhTest
class CandidateAdmissionScenarioTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;

    @Test
    void happy_path_runs_from_introduction_through_the_branch_vote_into_admission_decision() {
        CaseJourney journey = CaseJourney.introduce(context, port);
        assertThat(journey.processInstance()).isWaitingAt(REVIEW_INTRODUCTION);
        assertThat(journey.processInstance().getBusinessKey()).isEqualTo(journey.caseId());

        journey.advanceToAdmissionDecision();

        ProcessInstance instance = journey.processInstance();
        assertThat(instance).isWaitingAt("CallActivity_AdmissionDecision");
        assertThat(instance).hasPassedInOrder(REVIEW_INTRODUCTION, "CallActivity_Mentoring", PROPOSE_FOR_AWARENESS_CLASS,
                RECORD_CLASS_RESULT, COMPILE_DOSSIER, VERIFY_BACKGROUND, RECORD_BRANCH_VOTE);
        assertThat(instance).hasNotPassed(APPROVE_OLDER_CANDIDATE);
        ProcessInstance decision = runtime.createProcessInstanceQuery().processDefinitionKey("admission-decision")
                .processInstanceBusinessKey(journey.caseId()).singleResult();
        assertThat(decision).isNotNull();
        assertThat(runtime.getVariable(decision.getId(), "caseId")).isEqualTo(journey.caseId());

        assertThat(column("select stage from candidate_case where id = ?", journey.caseId())).isEqualTo("COMMITTEE_REVIEW");
        assertThat(column("select status from candidate_case where id = ?", journey.caseId())).isEqualTo("OPEN");
        assertThat(count("mentor_assignment", journey.caseId())).isEqualTo(1);
        assertThat(count("mentoring_report", journey.caseId())).isEqualTo(1);
        assertThat(count("class_result", journey.caseId())).isEqualTo(1);
        assertThat(count("family_member", journey.caseId())).isEqualTo(2);
        assertThat(count("introducer", journey.caseId())).isEqualTo(2);
        assertThat(count("verification_item", journey.caseId())).isEqualTo(3);
        assertThat(column("select outcome from branch_vote where case_id = ?", journey.caseId())).isEqualTo("PASSED");
        // The process keeps ids and decisions; what people typed lives in the tables.
        assertThat(runtime.getVariables(instance.getId())).doesNotContainKeys("progress", "familyMembers", "meetingDate");
    }

    @Test
    void the_branch_declines_at_intake_and_the_case_ends_with_reason_and_who() {
        CaseJourney journey = CaseJourney.introduce(context, port);
        Response declined = journey.complete(Map.of("intakeDecision", "DECLINE", "declineReason", "Chưa tiêu biểu trong phong trào thôn."));
        assertThat(declined.status()).isEqualTo(204);

        assertThat(journey.processInstance()).isEnded().hasPassed("EndEvent_DeclinedAtIntake");
        assertEndedBy(journey, "bithu.dong", "Chi bộ không tiếp nhận vào nguồn: Chưa tiêu biểu");
    }

    @Test
    void not_ready_after_mentoring_goes_back_to_the_pool() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(REVIEW_MENTORING_REPORT);
        assertThat(journey.complete(Map.of("readiness", "NOT_READY_BACK_TO_POOL")).status()).isEqualTo(400);
        assertThat(journey.complete(Map.of("readiness", "NOT_READY_BACK_TO_POOL", "readinessNote", "Còn hạn chế về nhận thức.")).status())
                .isEqualTo(204);

        assertThat(journey.processInstance()).isEnded().hasPassed("EndEvent_ReturnedToPool");
        assertEndedBy(journey, "bithu.dong", "trở lại nguồn: Còn hạn chế");
    }

    @Test
    void not_ready_after_mentoring_can_close_the_case() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(REVIEW_MENTORING_REPORT);
        assertThat(journey.complete(Map.of("readiness", "NOT_READY_CLOSE", "readinessNote", "Quần chúng chuyển nơi ở.")).status())
                .isEqualTo(204);

        assertThat(journey.processInstance()).isEnded().hasPassed("EndEvent_NotReadyClosed");
        assertEndedBy(journey, "bithu.dong", "dừng xem xét: Quần chúng chuyển nơi ở.");
    }

    @Test
    void a_failed_awareness_class_returns_the_case_to_the_source_pool_for_more_mentoring_with_the_reason() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(RECORD_CLASS_RESULT);
        assertThat(journey.complete(Map.of("attended", "false")).status()).isEqualTo(204);
        assertThat(journey.processInstance()).isWaitingAt("Task_DecideAfterFailedClass");
        assertThat(journey.openTask("Task_DecideAfterFailedClass")).hasCandidateGroup("cb-thon-dong.secretary");

        Response noReason = journey.completeStep("Task_DecideAfterFailedClass", Map.of("afterFailedClass", "BACK_TO_MENTORING"));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asText()).isEqualTo("failedClassReason");

        assertThat(journey.completeStep("Task_DecideAfterFailedClass", Map.of("afterFailedClass", "BACK_TO_MENTORING",
                "failedClassReason", "Chưa nắm được Điều lệ Đảng; cần thêm thời gian bồi dưỡng.")).status()).isEqualTo(204);

        assertThat(journey.processInstance()).isWaitingAt("CallActivity_Mentoring");
        assertThat(jdbc.sql("select stage from candidate_case where id = ?").param(journey.caseId()).query(String.class).single())
                .isEqualTo("MENTORING");
        assertThat(jdbc.sql("select reason from class_failure_decision where case_id = ? and decision = 'BACK_TO_MENTORING'")
                .param(journey.caseId()).query(String.class).single()).startsWith("Chưa nắm được Điều lệ Đảng");
        assertThat(count("class_result", journey.caseId())).isEqualTo(1);
    }

    @Test
    void a_failed_awareness_class_can_close_the_case_with_the_reason() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(RECORD_CLASS_RESULT);
        assertThat(journey.complete(Map.of("attended", "false")).status()).isEqualTo(204);

        assertThat(journey.completeStep("Task_DecideAfterFailedClass", Map.of("afterFailedClass", "CLOSE",
                "failedClassReason", "Quần chúng không tiếp tục phấn đấu.")).status()).isEqualTo(204);

        assertThat(journey.processInstance()).isEnded().hasPassed("EndEvent_ClosedAfterFailedClass");
        assertEndedBy(journey, "bithu.dong", "Chưa đạt lớp bồi dưỡng nhận thức về Đảng, dừng xem xét: Quần chúng không tiếp tục phấn đấu.");
    }

    @Test
    void a_failed_background_verification_ends_the_case() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(VERIFY_BACKGROUND);
        Map<String, Object> failed = journey.goodData(VERIFY_BACKGROUND);
        failed.put("verificationResults", "Bản thân | Có vấn đề | chiuy.dong\nCha | Đạt | chiuy.dong\nMẹ | Đạt | chiuy.dong");
        failed.put("verificationPassed", "false");
        failed.put("verificationNote", "Khai báo lý lịch không trung thực.");
        assertThat(journey.complete(failed).status()).isEqualTo(204);

        assertThat(journey.processInstance()).isEnded().hasPassed("EndEvent_VerificationFailed");
        assertEndedBy(journey, "chiuy.dong", "Thẩm tra lý lịch không đạt: Khai báo lý lịch không trung thực.");
    }

    @Test
    void a_branch_vote_short_of_two_thirds_ends_the_case() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(RECORD_BRANCH_VOTE);
        Map<String, Object> vote = journey.goodData(RECORD_BRANCH_VOTE);
        vote.put("branchVoteOutcome", "FAILED");
        vote.put("votesInFavour", 1);
        assertThat(journey.complete(vote).status()).isEqualTo(204);

        assertThat(journey.processInstance()).isEnded().hasPassed("EndEvent_BranchVoteFailed");
        assertEndedBy(journey, "bithu.dong", "Chi bộ biểu quyết không đủ hai phần ba");
    }

    @Test
    void a_candidate_over_60_needs_the_province_committee_and_then_goes_on_to_the_decision() {
        CaseJourney journey = CaseJourney.introduce(context, port, Candidate.standard().bornOn(today().minusYears(61).minusMonths(1)))
                .advanceTo(RECORD_BRANCH_VOTE);
        assertThat(journey.complete(journey.goodData(RECORD_BRANCH_VOTE)).status()).isEqualTo(204);

        assertThat(journey.processInstance()).isWaitingAt(APPROVE_OLDER_CANDIDATE);
        assertThat(org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task(journey.processInstance()))
                .hasCandidateGroup("tu-dong-thap.committee");
        assertThat(journey.complete("tinhuy.uyvien", Map.of("provinceApproved", "true")).status()).isEqualTo(204);
        assertThat(journey.processInstance()).isWaitingAt("CallActivity_AdmissionDecision");
    }

    @Test
    void the_province_committee_can_refuse_a_candidate_over_60() {
        CaseJourney journey = CaseJourney.introduce(context, port, Candidate.standard().bornOn(today().minusYears(62)))
                .advanceTo(RECORD_BRANCH_VOTE);
        journey.complete(journey.goodData(RECORD_BRANCH_VOTE));

        Response withoutReason = journey.complete("tinhuy.uyvien", Map.of("provinceApproved", "false"));
        assertThat(withoutReason.status()).isEqualTo(400);
        assertThat(withoutReason.json().get("field").asText()).isEqualTo("provinceNote");
        assertThat(journey.complete("tinhuy.uyvien", Map.of("provinceApproved", "false", "provinceNote", "Sức khỏe không bảo đảm.")).status())
                .isEqualTo(204);

        assertThat(journey.processInstance()).isEnded().hasPassed("EndEvent_ProvinceRefused");
        assertEndedBy(journey, "tinhuy.uyvien", "Sức khỏe không bảo đảm.");
    }

    @Test
    void the_secretary_records_a_withdrawal_during_mentoring_and_the_case_ends() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(REPORT_MENTORING_PROGRESS);

        Response otherBranch = HttpTestClient.basic(port, "bithu.tay")
                .postJson("/api/cases/" + journey.caseId() + "/withdrawal", Map.of("reason", "Xin rút."));
        assertThat(otherBranch.status()).isEqualTo(403);
        Response noReason = HttpTestClient.basic(port, "bithu.dong")
                .postJson("/api/cases/" + journey.caseId() + "/withdrawal", Map.of("reason", ""));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("field").asText()).isEqualTo("reason");

        Response withdrawn = HttpTestClient.basic(port, "bithu.dong")
                .postJson("/api/cases/" + journey.caseId() + "/withdrawal", Map.of("reason", "Quần chúng đi học xa."));
        assertThat(withdrawn.status()).isEqualTo(204);

        assertThat(journey.processInstance()).isEnded().hasPassed("EndEvent_Withdrawn");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(journey.caseId()).count()).isZero();
        assertEndedBy(journey, "bithu.dong", "Quần chúng xin rút: Quần chúng đi học xa.");

        Response again = HttpTestClient.basic(port, "bithu.dong")
                .postJson("/api/cases/" + journey.caseId() + "/withdrawal", Map.of("reason", "Lần nữa."));
        assertThat(again.status()).isEqualTo(409);
    }

    @Test
    void an_admitted_candidate_goes_on_to_probation_and_the_outcome_of_probation_ends_the_path() {
        // Stages 8-12 are modelled in admission-decision and probation; here only the contract: admitted / recognised.
        CaseJourney admitted = CaseJourney.introduce(context, port);
        runtime.createProcessInstanceModification(admitted.processInstanceId())
                .cancelAllForActivity(REVIEW_INTRODUCTION)
                .startBeforeActivity("Gateway_Admitted").setVariable("admitted", true)
                .execute();
        assertThat(admitted.processInstance()).isWaitingAt("CallActivity_Probation");
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("probation")
                .processInstanceBusinessKey(admitted.caseId()).count()).isEqualTo(1);

        runtime.createProcessInstanceModification(admitted.processInstanceId())
                .cancelAllForActivity("CallActivity_Probation")
                .startBeforeActivity("Gateway_Recognised").setVariable("recognised", true)
                .execute();
        assertThat(admitted.processInstance()).isEnded().hasPassed("EndEvent_Recognised");

        CaseJourney refused = CaseJourney.introduce(context, port);
        runtime.createProcessInstanceModification(refused.processInstanceId())
                .cancelAllForActivity(REVIEW_INTRODUCTION)
                .startBeforeActivity("Gateway_Admitted").setVariable("admitted", false)
                .execute();
        assertThat(refused.processInstance()).isEnded().hasPassed("EndEvent_NotAdmitted");
    }

    private void assertEndedBy(CaseJourney journey, String who, String reason) {
        Map<String, Object> row = jdbc.sql("select status, ended_by, end_reason, ended_at from candidate_case where id = ?")
                .param(journey.caseId()).query().singleRow();
        assertThat(row.get("status")).isEqualTo("CLOSED");
        assertThat(row.get("ended_by")).isEqualTo(who);
        assertThat((String) row.get("end_reason")).contains(reason);
        assertThat(row.get("ended_at")).isNotNull();
    }

    private String column(String sql, String caseId) {
        return jdbc.sql(sql).param(caseId).query(String.class).single();
    }

    private long count(String table, String caseId) {
        return jdbc.sql("select count(*) from " + table + " where case_id = ?").param(caseId).query(Long.class).single();
    }
}
