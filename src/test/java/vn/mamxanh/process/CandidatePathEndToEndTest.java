package vn.mamxanh.process;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mamxanh.testing.DecisionPath.admissionDecision;
import static vn.mamxanh.testing.DecisionPath.appraisal;
import static vn.mamxanh.testing.DecisionPath.ceremony;
import static vn.mamxanh.testing.DecisionPath.communityComments;
import static vn.mamxanh.testing.DecisionPath.completeAs;
import static vn.mamxanh.testing.DecisionPath.courseCertificate;
import static vn.mamxanh.testing.DecisionPath.grassrootsVote;
import static vn.mamxanh.testing.DecisionPath.mentorEvaluation;
import static vn.mamxanh.testing.DecisionPath.recognitionDecision;
import static vn.mamxanh.testing.DecisionPath.recognitionVote;
import static vn.mamxanh.testing.DecisionPath.selfCritique;
import static vn.mamxanh.testing.DecisionPath.stepsToActOn;

import java.time.LocalDate;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.resolution.TwoThirdsMajority;
import vn.mamxanh.testing.DecisionPath;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/**
 * One candidate, introduction to official member, carried over HTTP by each role's demo user in turn,
 * each seeing and doing only their own steps. Only the passing of time is the test's own doing.
 */
@MamXanhTest
class CandidatePathEndToEndTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    HistoryService history;
    @Autowired
    CaseRepository cases;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    OrganisationRepository organisation;

    @Test
    void each_role_logs_in_and_carries_one_candidate_from_introduction_to_official_member() {
        DecisionPath.today(START);
        DecisionPath path = new DecisionPath(context);

        // Stages 1-7: the Youth Union introduces, the branch, mentor, political centre and branch committee act.
        CaseJourney journey = CaseJourney.introduce(context, port).advanceToAdmissionDecision();
        String caseId = journey.caseId();
        int committee = organisation.findRoleHolders(DemoOrganisation.GRASSROOTS, Role.GRASSROOTS_COMMITTEE).size();

        // Stage 8: the grassroots committee votes; the branch secretary no longer has the case in hand.
        assertThat(stepsToActOn(port, "bithu.dong", caseId)).isEmpty();
        assertDone(completeAs(port, "danguy.anhoa1", caseId, "Task_RecordGrassrootsVote",
                grassrootsVote((int) TwoThirdsMajority.needed(committee), 0, true, null)));
        assertThat(stepsToActOn(port, "danguy.anhoa1", caseId)).isEmpty();
        assertDone(completeAs(port, "btc.chuyenvien", caseId, "Task_AppraiseDossier", appraisal()));

        // Stage 9: only the standing committee decides; an auditor reads but cannot act.
        assertThat(stepsToActOn(port, "btc.chuyenvien", caseId)).isEmpty();
        assertThat(path.completeOverHttp(port, "ubkt.kiemtra", path.instance("admission-decision", caseId),
                "Task_DecideAdmission", admissionDecision(true, START)).status()).isIn(403, 404);
        assertDone(completeAs(port, "btv.uyvien", caseId, "Task_DecideAdmission", admissionDecision(true, START)));

        // Stage 10: the branch holds the ceremony.
        assertDone(completeAs(port, "bithu.dong", caseId, "Task_HoldCeremony", ceremony(START)));
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.PROBATIONARY);

        // Stage 11: probation gathers the course certificate, the mentor's evaluation, self-critique and comments.
        DecisionPath.today(LocalDate.of(2026, 9, 15));
        assertDone(completeAs(port, "ttct.canbo", caseId, "Task_RecordCourseCertificate", courseCertificate()));
        DecisionPath.today(LocalDate.of(2027, 2, 22));
        assertDone(completeAs(port, "dangvien.dong1", caseId, "Task_EvaluateProbationer", mentorEvaluation()));
        assertDone(completeAs(port, "bithu.dong", caseId, "Task_RecordSelfCritique", selfCritique()));
        assertDone(completeAs(port, "bithu.dong", caseId, "Task_RecordCommunityComments", communityComments()));
        assertThat(stepsToActOn(port, "bithu.dong", caseId)).isEmpty();

        // Twelve months after the ceremony, probation is over (the engine's timer, run by the test).
        DecisionPath.today(START.plusMonths(12));
        assertThat(path.runDueTimers(path.instance("probation", caseId))).isEqualTo(1);

        // Stage 12: the branch votes, the standing committee recognises.
        int officialMembers = (int) directory.officialMemberCount(DemoOrganisation.BRANCH_EAST);
        assertDone(completeAs(port, "bithu.dong", caseId, "Task_RecordRecognitionVote",
                recognitionVote((int) TwoThirdsMajority.needed(officialMembers), 0, true, null)));
        assertDone(completeAs(port, "btv.uyvien", caseId, "Task_DecideRecognition",
                recognitionDecision(true, DecisionPath.today())));

        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.OFFICIAL);
        HistoricProcessInstance main = history.createHistoricProcessInstanceQuery()
                .processInstanceId(journey.processInstanceId()).singleResult();
        assertThat(main.getEndTime()).isNotNull();
        assertThat(main.getEndActivityId()).isEqualTo("EndEvent_Recognised");
    }

    private static void assertDone(Response completion) {
        assertThat(completion.status()).as(completion.body()).isEqualTo(204);
    }
}
