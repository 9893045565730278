package vn.mamxanh.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.mamxanh.testing.DecisionPath.admissionDecision;
import static vn.mamxanh.testing.DecisionPath.appraisal;
import static vn.mamxanh.testing.DecisionPath.ceremony;
import static vn.mamxanh.testing.DecisionPath.escalationAnswer;
import static vn.mamxanh.testing.DecisionPath.grassrootsVote;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

import vn.mamxanh.calendar.EscalationRepository;
import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.probation.CeremonyRepository;
import vn.mamxanh.testing.DecisionPath;
import vn.mamxanh.testing.MamXanhTest;

/** Every path of admission-decision (stages 8-10): admitted, not recommended, refused, and each deadline. */
@MamXanhTest
class AdmissionDecisionScenarioTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;
    @Autowired
    HistoryService history;
    @Autowired
    CaseRepository cases;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    EscalationRepository escalations;
    @Autowired
    CeremonyRepository ceremonies;

    DecisionPath path;
    int committee;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        path = new DecisionPath(context);
        committee = organisation.findRoleHolders(DemoOrganisation.GRASSROOTS, Role.GRASSROOTS_COMMITTEE).size();
    }

    @Test
    void a_recommended_and_admitted_candidate_becomes_a_probationary_member_at_the_ceremony() {
        DecisionPath.today(LocalDate.of(2026, 3, 2));
        String caseId = path.newCase();
        ProcessInstance instance = path.startAdmissionDecision(caseId);
        assertThat(instance).isWaitingAt("Task_RecordGrassrootsVote");
        assertThat(path.task(instance, "Task_RecordGrassrootsVote")).hasCandidateGroup("du-an-hoa.committee");
        assertThat(cases.get(caseId).stage()).isEqualTo(CaseStage.COMMITTEE_REVIEW);

        path.complete(instance, "Task_RecordGrassrootsVote", "danguy.anhoa1",
                grassrootsVote((int) TwoThirdsMajority.needed(committee), 0, true, null));
        assertThat(instance).isWaitingAt("Task_AppraiseDossier");
        assertThat(path.task(instance, "Task_AppraiseDossier")).hasCandidateGroup("btc-dong-thap.member");

        DecisionPath.today(LocalDate.of(2026, 3, 5));
        path.complete(instance, "Task_AppraiseDossier", "btc.chuyenvien", appraisal());
        assertThat(cases.get(caseId).stage()).isEqualTo(CaseStage.DECISION);
        assertThat(path.task(instance, "Task_DecideAdmission")).hasCandidateGroup("btv-dong-thap.member");

        DecisionPath.today(LocalDate.of(2026, 3, 12));
        path.complete(instance, "Task_DecideAdmission", "btv.uyvien", admissionDecision(true, LocalDate.of(2026, 3, 12)));
        assertThat(cases.get(caseId).stage()).isEqualTo(CaseStage.CEREMONY);
        assertThat(path.task(instance, "Task_HoldCeremony")).hasCandidateGroup("cb-thon-dong.secretary");

        DecisionPath.today(LocalDate.of(2026, 3, 26));
        path.complete(instance, "Task_HoldCeremony", "bithu.dong", ceremony(LocalDate.of(2026, 3, 26)));

        assertThat(instance).isEnded().hasPassed("EndEvent_Admitted");
        CandidateCase admitted = cases.get(caseId);
        assertThat(admitted.status()).isEqualTo(CaseStatus.PROBATIONARY);
        assertThat(admitted.stage()).isEqualTo(CaseStage.PROBATION);
        assertThat(ceremonies.ceremonyDate(caseId)).contains(LocalDate.of(2026, 3, 26));
        assertThat(path.outVariable(instance, "admitted")).isEqualTo(true);
        // The forms' content is in the feature's tables, not left behind in the process.
        assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableName("resolutionNumber").count()).isZero();
    }

    @Test
    void a_grassroots_committee_that_does_not_recommend_ends_the_case_with_its_reason() {
        DecisionPath.today(LocalDate.of(2026, 3, 2));
        String caseId = path.newCase();
        ProcessInstance instance = path.startAdmissionDecision(caseId);

        path.complete(instance, "Task_RecordGrassrootsVote", "danguy.anhoa2",
                grassrootsVote(0, committee, false, "Chưa thẩm tra xong lý lịch người thân."));

        assertThat(instance).isEnded().hasPassed("EndEvent_NotRecommended");
        CandidateCase closed = cases.get(caseId);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.endReason()).contains("Chưa thẩm tra xong lý lịch người thân.");
        assertThat(closed.endedBy()).isEqualTo("danguy.anhoa2");
        assertThat(path.outVariable(instance, "admitted")).isEqualTo(false);
    }

    @Test
    void a_standing_committee_that_refuses_admission_ends_the_case_with_its_reason_and_signer() {
        DecisionPath.today(LocalDate.of(2026, 3, 2));
        String caseId = path.newCase();
        ProcessInstance instance = path.startAdmissionDecision(caseId);
        path.complete(instance, "Task_RecordGrassrootsVote", "danguy.anhoa1",
                grassrootsVote(committee, 0, true, null));
        path.complete(instance, "Task_AppraiseDossier", "btc.chuyenvien", appraisal());

        path.complete(instance, "Task_DecideAdmission", "btv.uyvien", admissionDecision(false, LocalDate.of(2026, 3, 2)));

        assertThat(instance).isEnded().hasPassed("EndEvent_AdmissionRefused");
        CandidateCase closed = cases.get(caseId);
        assertThat(closed.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.endReason()).contains("Chưa đủ tiêu chuẩn về nhận thức chính trị.");
        assertThat(closed.endedBy()).isEqualTo("btv.uyvien");
        assertThat(path.outVariable(instance, "admitted")).isEqualTo(false);
    }

    @Test
    void R09_the_grassroots_review_target_is_30_working_days_from_the_branch_resolution_across_tet_2026() {
        // Branch resolution Monday 26/1/2026; 30 working days, skipping Tết Bính Ngọ (16-20/2), end on Monday 16/3.
        DecisionPath.today(LocalDate.of(2026, 1, 26));
        String caseId = path.newCase();
        ProcessInstance instance = path.startAdmissionDecision(caseId);

        DecisionPath.at(LocalDate.of(2026, 3, 16), LocalTime.of(23, 0));
        assertThat(path.runDueTimers(instance)).isZero();
        assertThat(cases.get(caseId).overdue()).isFalse();

        DecisionPath.at(LocalDate.of(2026, 3, 17), LocalTime.of(0, 30));
        assertThat(path.runDueTimers(instance)).isEqualTo(1);
        assertThat(instance).isWaitingAt("Task_RecordGrassrootsVote", "Task_ChaseGrassrootsReview");
        assertThat(path.task(instance, "Task_ChaseGrassrootsReview")).hasCandidateGroup("btv-dong-thap.member");
        assertThat(cases.get(caseId).overdue()).isTrue();
        assertThat(escalations.count(caseId, "Task_RecordGrassrootsVote")).isEqualTo(1);

        path.complete(instance, "Task_ChaseGrassrootsReview", "btv.uyvien", escalationAnswer());
        assertThat(escalations.answered(caseId)).isEqualTo(1);
        path.complete(instance, "Task_RecordGrassrootsVote", "danguy.anhoa1", grassrootsVote(committee, 0, true, null));

        assertThat(instance).isWaitingAt("Task_AppraiseDossier");
        assertThat(cases.get(caseId).overdue()).isFalse();
    }

    @Test
    void R09_the_admission_decision_is_due_60_working_days_after_the_branch_resolution_across_tet_2026() {
        // Branch resolution Friday 9/1/2026. Saturday 10/1 is worked (the swap for Friday 2/1) and counts;
        // Tết Bính Ngọ (16-20/2) does not: the 60th working day is Thursday 9/4/2026.
        DecisionPath.today(LocalDate.of(2026, 1, 9));
        String caseId = path.newCase();
        ProcessInstance instance = path.startAdmissionDecision(caseId);
        // The grassroots committee votes late, a month after the resolution: the window still counts from the branch.
        DecisionPath.today(LocalDate.of(2026, 2, 27));
        path.complete(instance, "Task_RecordGrassrootsVote", "danguy.anhoa1", grassrootsVote(committee, 0, true, null));

        DecisionPath.at(LocalDate.of(2026, 4, 9), LocalTime.of(23, 30));
        assertThat(path.runDueTimers(instance)).isZero();
        DecisionPath.at(LocalDate.of(2026, 4, 10), LocalTime.of(0, 30));
        assertThat(path.runDueTimers(instance)).isEqualTo(1);
        assertThat(instance).isWaitingAt("Task_AppraiseDossier", "Task_ChaseAdmissionDecision");
        assertThat(cases.get(caseId).overdue()).isTrue();
    }

    @Test
    void R09_the_admission_decision_is_due_60_working_days_after_the_branch_resolution_across_30_april() {
        // Branch resolution Friday 24/4/2026; 27/4 (Hùng Kings, compensatory), 30/4, 1/5, 1/9 and 2/9 are off,
        // so the 60th working day is Wednesday 22/7 (30 working days would have been 10/6).
        DecisionPath.today(LocalDate.of(2026, 4, 24));
        String caseId = path.newCase();
        ProcessInstance instance = path.startAdmissionDecision(caseId);
        path.complete(instance, "Task_RecordGrassrootsVote", "danguy.anhoa1", grassrootsVote(committee, 0, true, null));

        DecisionPath.at(LocalDate.of(2026, 6, 11), LocalTime.of(7, 0));
        assertThat(path.runDueTimers(instance)).isZero();
        DecisionPath.at(LocalDate.of(2026, 7, 22), LocalTime.of(23, 30));
        assertThat(path.runDueTimers(instance)).isZero();

        DecisionPath.at(LocalDate.of(2026, 7, 23), LocalTime.of(7, 0));
        assertThat(path.runDueTimers(instance)).isEqualTo(1);
        assertThat(instance).isWaitingAt("Task_AppraiseDossier", "Task_ChaseAdmissionDecision");
        // The level above the province that decided, never a body of the province itself.
        assertThat(path.task(instance, "Task_ChaseAdmissionDecision")).hasCandidateGroup("btc-trung-uong.member");
        assertThat(cases.get(caseId).overdue()).isTrue();

        path.complete(instance, "Task_AppraiseDossier", "btc.chuyenvien", appraisal());
        path.complete(instance, "Task_DecideAdmission", "btv.uyvien", admissionDecision(true, DecisionPath.today()));

        assertThat(instance).isWaitingAt("Task_HoldCeremony");
        assertThat(path.task(instance, "Task_ChaseAdmissionDecision")).isNull();
        assertThat(cases.get(caseId).overdue()).isFalse();
        assertThat(escalations.count(caseId, "Task_DecideAdmission")).isEqualTo(1);
    }

    @Test
    void R10_a_ceremony_not_held_in_30_working_days_needs_the_branch_to_report_the_reason_first() {
        DecisionPath.today(LocalDate.of(2026, 3, 2));
        String caseId = path.newCase();
        ProcessInstance instance = path.startAdmissionDecision(caseId);
        path.complete(instance, "Task_RecordGrassrootsVote", "danguy.anhoa1", grassrootsVote(committee, 0, true, null));
        path.complete(instance, "Task_AppraiseDossier", "btc.chuyenvien", appraisal());
        path.complete(instance, "Task_DecideAdmission", "btv.uyvien", admissionDecision(true, LocalDate.of(2026, 3, 2)));

        // Decision Monday 2/3/2026: the 30th working day is Monday 13/4.
        DecisionPath.at(LocalDate.of(2026, 4, 13), LocalTime.of(17, 0));
        assertThat(path.runDueTimers(instance)).isZero();
        DecisionPath.today(LocalDate.of(2026, 4, 14));
        assertThat(path.runDueTimers(instance)).isEqualTo(1);
        assertThat(instance).isWaitingAt("Task_HoldCeremony", "Task_ReportCeremonyDelay");
        assertThat(path.task(instance, "Task_ReportCeremonyDelay")).hasCandidateGroup("cb-thon-dong.secretary");

        assertThatThrownBy(() ->
                path.complete(instance, "Task_HoldCeremony", "bithu.dong", ceremony(LocalDate.of(2026, 4, 14))))
                .hasMessageContaining("báo cáo lý do chậm");
        assertThat(instance).isWaitingAt("Task_HoldCeremony");

        path.complete(instance, "Task_ReportCeremonyDelay", "bithu.dong",
                new HashMap<>(Map.of("reason", "Đảng viên mới đi công tác dài ngày.")));
        assertThat(ceremonies.hasDelayReport(caseId)).isTrue();
        path.complete(instance, "Task_HoldCeremony", "bithu.dong", ceremony(LocalDate.of(2026, 4, 14)));

        assertThat(instance).isEnded().hasPassed("EndEvent_Admitted");
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.PROBATIONARY);
    }

}
