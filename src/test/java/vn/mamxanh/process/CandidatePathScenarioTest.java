package vn.mamxanh.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.mamxanh.testing.DecisionPath.admissionDecision;
import static vn.mamxanh.testing.DecisionPath.appraisal;
import static vn.mamxanh.testing.DecisionPath.ceremony;
import static vn.mamxanh.testing.DecisionPath.communityComments;
import static vn.mamxanh.testing.DecisionPath.courseCertificate;
import static vn.mamxanh.testing.DecisionPath.grassrootsVote;
import static vn.mamxanh.testing.DecisionPath.mentorEvaluation;
import static vn.mamxanh.testing.DecisionPath.recognitionDecision;
import static vn.mamxanh.testing.DecisionPath.recognitionVote;
import static vn.mamxanh.testing.DecisionPath.selfCritique;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.resolution.TwoThirdsMajority;
import vn.mamxanh.testing.DecisionPath;
import vn.mamxanh.testing.MamXanhTest;

/** The whole path on the engine: candidate-admission calls admission-decision, then probation, and ends recognised. */
@MamXanhTest
class CandidatePathScenarioTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseRepository cases;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    OrganisationRepository organisation;

    @BeforeEach
    void setUp() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void a_candidate_goes_from_introduction_to_official_member() {
        DecisionPath.today(START);
        DecisionPath path = new DecisionPath(context);
        CaseJourney journey = CaseJourney.introduce(context, port).advanceToAdmissionDecision();
        String caseId = journey.caseId();
        ProcessInstance main = journey.processInstance();
        assertThat(main).isWaitingAt("CallActivity_AdmissionDecision");

        ProcessInstance decision = path.instance("admission-decision", caseId);
        int committee = organisation.findRoleHolders(DemoOrganisation.GRASSROOTS, Role.GRASSROOTS_COMMITTEE).size();
        path.complete(decision, "Task_RecordGrassrootsVote", "danguy.anhoa1",
                grassrootsVote((int) TwoThirdsMajority.needed(committee), 0, true, null));
        path.complete(decision, "Task_AppraiseDossier", "btc.chuyenvien", appraisal());
        path.complete(decision, "Task_DecideAdmission", "btv.uyvien", admissionDecision(true, START));
        path.complete(decision, "Task_HoldCeremony", "bithu.dong", ceremony(START));
        assertThat(decision).isEnded().hasPassed("EndEvent_Admitted");
        assertThat(main).isWaitingAt("CallActivity_Probation");

        ProcessInstance probation = path.instance("probation", caseId);
        DecisionPath.today(START.plusMonths(11));
        path.complete(probation, "Task_RecordCourseCertificate", "ttct.canbo", courseCertificate());
        path.complete(probation, "Task_EvaluateProbationer", "dangvien.dong1", mentorEvaluation());
        path.complete(probation, "Task_RecordSelfCritique", "bithu.dong", selfCritique());
        path.complete(probation, "Task_RecordCommunityComments", "bithu.dong", communityComments());
        DecisionPath.today(START.plusMonths(12));
        assertThat(path.runDueTimers(probation)).isEqualTo(1);
        int officialMembers = (int) directory.officialMemberCount(DemoOrganisation.BRANCH_EAST);
        path.complete(probation, "Task_RecordRecognitionVote", "bithu.dong",
                recognitionVote((int) TwoThirdsMajority.needed(officialMembers), 0, true, null));
        path.complete(probation, "Task_DecideRecognition", "btv.uyvien", recognitionDecision(true, DecisionPath.today()));

        assertThat(probation).isEnded().hasPassed("EndEvent_Recognised");
        assertThat(main).isEnded().hasPassedInOrder("CallActivity_AdmissionDecision", "CallActivity_Probation",
                "EndEvent_Recognised");
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.OFFICIAL);
        assertThat(cases.get(caseId).stage()).isEqualTo(CaseStage.RECOGNITION);
    }
}
