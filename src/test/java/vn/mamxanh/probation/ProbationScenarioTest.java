package vn.mamxanh.probation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.mamxanh.testing.DecisionPath.communityComments;
import static vn.mamxanh.testing.DecisionPath.courseCertificate;
import static vn.mamxanh.testing.DecisionPath.escalationAnswer;
import static vn.mamxanh.testing.DecisionPath.mentorEvaluation;
import static vn.mamxanh.testing.DecisionPath.recognitionDecision;
import static vn.mamxanh.testing.DecisionPath.recognitionVote;
import static vn.mamxanh.testing.DecisionPath.selfCritique;

import java.time.LocalDate;
import java.time.LocalTime;

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
import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.resolution.TwoThirdsMajority;
import vn.mamxanh.testing.DecisionPath;
import vn.mamxanh.testing.MamXanhTest;

/** Every path of probation (stages 11-12): recognised, removed, and each deadline. */
@MamXanhTest
class ProbationScenarioTest {

    static final LocalDate CEREMONY = LocalDate.of(2026, 3, 10);
    static final LocalDate PROBATION_OVER = LocalDate.of(2027, 3, 10);

    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseRepository cases;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    EscalationRepository escalations;
    @Autowired
    ProbationRecordRepository records;

    DecisionPath path;
    int officialMembers;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
        path = new DecisionPath(context);
        officialMembers = (int) directory.officialMemberCount(DemoOrganisation.BRANCH_EAST);
    }

    @Test
    void a_probationary_member_with_everything_gathered_and_voted_for_is_recognised_as_official() {
        ProcessInstance instance = probationWithEverythingGathered();

        assertThat(instance).isWaitingAt("Task_RecordRecognitionVote");
        assertThat(path.task(instance, "Task_RecordRecognitionVote")).hasCandidateGroup("cb-thon-dong.secretary");
        String caseId = instance.getBusinessKey();
        path.complete(instance, "Task_RecordRecognitionVote", "bithu.dong",
                recognitionVote((int) TwoThirdsMajority.needed(officialMembers), 0, true, null));
        assertThat(cases.get(caseId).stage()).isEqualTo(CaseStage.RECOGNITION);
        assertThat(path.task(instance, "Task_DecideRecognition")).hasCandidateGroup("btv-dong-thap.member");

        DecisionPath.today(LocalDate.of(2027, 3, 22));
        path.complete(instance, "Task_DecideRecognition", "btv.uyvien", recognitionDecision(true, LocalDate.of(2027, 3, 22)));

        assertThat(instance).isEnded().hasPassed("EndEvent_Recognised");
        CandidateCase official = cases.get(caseId);
        assertThat(official.status()).isEqualTo(CaseStatus.OFFICIAL);
        assertThat(official.endReason()).contains("77-QĐ/TU");
        assertThat(official.endedBy()).isEqualTo("btv.uyvien");
        assertThat(path.outVariable(instance, "recognised")).isEqualTo(true);
    }

    @Test
    void a_member_the_branch_does_not_recommend_is_removed_with_the_recorded_reason() {
        ProcessInstance instance = probationWithEverythingGathered();
        String caseId = instance.getBusinessKey();

        path.complete(instance, "Task_RecordRecognitionVote", "bithu.dong",
                recognitionVote(1, officialMembers - 1, false, "Không chấp hành sự phân công của chi bộ."));
        path.complete(instance, "Task_DecideRecognition", "btv.uyvien", recognitionDecision(false, DecisionPath.today()));

        assertThat(instance).isEnded().hasPassed("EndEvent_Removed");
        CandidateCase removed = cases.get(caseId);
        assertThat(removed.status()).isEqualTo(CaseStatus.REMOVED);
        assertThat(removed.endReason()).startsWith("Xóa tên: ").contains("Vi phạm tư cách đảng viên");
        assertThat(removed.endedBy()).isEqualTo("btv.uyvien");
        assertThat(path.outVariable(instance, "recognised")).isEqualTo(false);
    }

    @Test
    void R11_probation_lasts_twelve_months_from_the_ceremony_before_the_branch_can_vote() {
        DecisionPath.today(CEREMONY);
        String caseId = path.newCase();
        ProcessInstance instance = path.startProbation(caseId, CEREMONY);
        assertThat(instance).isWaitingAt("Task_RecordCourseCertificate", "Task_EvaluateProbationer",
                "Task_RecordSelfCritique", "Task_RecordCommunityComments", "Timer_ProbationEnds");
        assertThat(path.task(instance, "Task_EvaluateProbationer")).isAssignedTo("dangvien.dong1");
        assertThat(path.task(instance, "Task_RecordCourseCertificate")).hasCandidateGroup("ttct-dong-thap.staff");
        gatherEverything(instance);

        DecisionPath.at(PROBATION_OVER.minusDays(1), LocalTime.of(23, 59));
        assertThat(path.runDueTimers(instance)).isZero();
        assertThat(instance).isWaitingAt("Timer_ProbationEnds");

        DecisionPath.at(PROBATION_OVER, LocalTime.of(0, 1));
        assertThat(path.runDueTimers(instance)).isEqualTo(1);
        assertThat(instance).isWaitingAt("Task_RecordRecognitionVote");
    }

    @Test
    void R13_a_branch_that_has_not_voted_30_working_days_after_probation_is_chased_by_the_grassroots_committee() {
        ProcessInstance instance = probationWithEverythingGathered();
        String caseId = instance.getBusinessKey();

        // Probation over on Wednesday 10/3/2027; Hùng Kings' day (16/4) is off: the 30th working day is Thursday 22/4.
        DecisionPath.at(LocalDate.of(2027, 4, 22), LocalTime.of(22, 0));
        assertThat(path.runDueTimers(instance)).isZero();
        DecisionPath.today(LocalDate.of(2027, 4, 23));
        assertThat(path.runDueTimers(instance)).isEqualTo(1);

        assertThat(instance).isWaitingAt("Task_RecordRecognitionVote", "Task_ChaseRecognitionVote");
        assertThat(path.task(instance, "Task_ChaseRecognitionVote")).hasCandidateGroup("du-an-hoa.committee");
        assertThat(cases.get(caseId).overdue()).isTrue();
        assertThat(escalations.count(caseId, "Task_RecordRecognitionVote")).isEqualTo(1);

        path.complete(instance, "Task_ChaseRecognitionVote", "danguy.anhoa3", escalationAnswer());
        path.complete(instance, "Task_RecordRecognitionVote", "bithu.dong",
                recognitionVote((int) TwoThirdsMajority.needed(officialMembers), 0, true, null));
        assertThat(instance).isWaitingAt("Task_DecideRecognition");
        assertThat(cases.get(caseId).overdue()).isFalse();
    }

    @Test
    void R09_the_recognition_decision_is_due_30_working_days_after_the_branch_recognition_resolution() {
        ProcessInstance instance = probationWithEverythingGathered();
        String caseId = instance.getBusinessKey();
        path.complete(instance, "Task_RecordRecognitionVote", "bithu.dong",
                recognitionVote((int) TwoThirdsMajority.needed(officialMembers), 0, true, null));

        // Branch resolution received Wednesday 10/3/2027: the committee's 30th working day is Thursday 22/4.
        DecisionPath.today(LocalDate.of(2027, 4, 23));
        assertThat(path.runDueTimers(instance)).isEqualTo(1);

        assertThat(instance).isWaitingAt("Task_DecideRecognition", "Task_ChaseRecognitionDecision");
        // An Hòa's cases are decided by the province's standing committee: the next level up chases it.
        assertThat(path.task(instance, "Task_ChaseRecognitionDecision")).hasCandidateGroup("btc-trung-uong.member");
        assertThat(cases.get(caseId).overdue()).isTrue();

        path.complete(instance, "Task_DecideRecognition", "btv.uyvien", recognitionDecision(true, DecisionPath.today()));
        assertThat(instance).isEnded().hasPassed("EndEvent_Recognised");
        assertThat(cases.get(caseId).overdue()).isFalse();
    }

    @Test
    void R12_a_probationer_the_branch_finds_unfit_is_proposed_for_removal_without_all_four_items() {
        DecisionPath.today(CEREMONY);
        String caseId = path.newCase();
        ProcessInstance instance = path.startProbation(caseId, CEREMONY);
        DecisionPath.today(LocalDate.of(2026, 9, 15));
        path.complete(instance, "Task_RecordCourseCertificate", "ttct.canbo", courseCertificate());
        DecisionPath.today(PROBATION_OVER);
        path.runDueTimers(instance);
        assertThat(instance).isWaitingAt("Task_RecordRecognitionVote", "Task_EvaluateProbationer",
                "Task_RecordSelfCritique", "Task_RecordCommunityComments");

        // Recognition still needs everything (R12) ...
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> path.complete(instance, "Task_RecordRecognitionVote", "bithu.dong",
                        recognitionVote((int) TwoThirdsMajority.needed(officialMembers), 0, true, null)))
                .hasMessageContaining("Chưa đủ hồ sơ để xét công nhận, còn thiếu");
        // ... removal does not: the branch finds the member unfit and says why.
        path.complete(instance, "Task_RecordRecognitionVote", "bithu.dong",
                recognitionVote(1, officialMembers - 1, false, "Không chấp hành sự phân công của chi bộ."));
        assertThat(instance).isWaitingAt("Task_DecideRecognition", "Task_EvaluateProbationer",
                "Task_RecordSelfCritique", "Task_RecordCommunityComments");
        path.complete(instance, "Task_DecideRecognition", "btv.uyvien", recognitionDecision(false, DecisionPath.today()));

        assertThat(instance).isEnded().hasPassed("EndEvent_Removed");
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.REMOVED);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).count()).isZero();
    }

    @Test
    void R13_the_recognition_vote_clock_starts_when_probation_ends_whatever_is_still_missing() {
        DecisionPath.today(CEREMONY);
        String caseId = path.newCase();
        ProcessInstance instance = path.startProbation(caseId, CEREMONY);

        DecisionPath.at(PROBATION_OVER, LocalTime.of(0, 1));
        assertThat(path.runDueTimers(instance)).isEqualTo(1);
        assertThat(records.present(caseId)).isEmpty();
        assertThat(instance).isWaitingAt("Task_RecordRecognitionVote", "Task_RecordCourseCertificate",
                "Task_EvaluateProbationer", "Task_RecordSelfCritique", "Task_RecordCommunityComments");

        // Probation over on Wednesday 10/3/2027: the 30th working day is Thursday 22/4, items missing or not.
        DecisionPath.at(LocalDate.of(2027, 4, 22), LocalTime.of(22, 0));
        assertThat(path.runDueTimers(instance)).isZero();
        DecisionPath.today(LocalDate.of(2027, 4, 23));
        assertThat(path.runDueTimers(instance)).isEqualTo(1);
        assertThat(instance).isWaitingAt("Task_RecordRecognitionVote", "Task_ChaseRecognitionVote",
                "Task_RecordCourseCertificate", "Task_EvaluateProbationer", "Task_RecordSelfCritique",
                "Task_RecordCommunityComments");
        assertThat(cases.get(caseId).overdue()).isTrue();
    }

    private ProcessInstance probationWithEverythingGathered() {
        DecisionPath.today(CEREMONY);
        String caseId = path.newCase();
        ProcessInstance instance = path.startProbation(caseId, CEREMONY);
        assertThat(cases.get(caseId).stage()).isEqualTo(CaseStage.PROBATION);
        gatherEverything(instance);
        DecisionPath.today(PROBATION_OVER);
        path.runDueTimers(instance);
        return instance;
    }

    private void gatherEverything(ProcessInstance instance) {
        DecisionPath.today(LocalDate.of(2026, 9, 15));
        path.complete(instance, "Task_RecordCourseCertificate", "ttct.canbo", courseCertificate());
        DecisionPath.today(LocalDate.of(2027, 2, 24));
        path.complete(instance, "Task_EvaluateProbationer", "dangvien.dong1", mentorEvaluation());
        path.complete(instance, "Task_RecordSelfCritique", "bithu.dong", selfCritique());
        path.complete(instance, "Task_RecordCommunityComments", "bithu.dong", communityComments());
        assertThat(records.present(instance.getBusinessKey())).containsExactlyInAnyOrder(ProbationItem.values());
    }

}
