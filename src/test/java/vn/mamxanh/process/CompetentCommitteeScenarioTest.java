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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.candidate.CaseJourney.Candidate;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.resolution.Decision;
import vn.mamxanh.resolution.DecisionRepository;
import vn.mamxanh.resolution.Purpose;
import vn.mamxanh.resolution.TwoThirdsMajority;
import vn.mamxanh.resolution.Vote;
import vn.mamxanh.resolution.VoteRepository;
import vn.mamxanh.testing.DecisionPath;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/**
 * Issue 9, acceptance 1: on the demo's two-level tree, one case goes through the ward committee that is
 * authorised to admit and one through the commune committee that is not, introduction to recognition,
 * over HTTP as each owner. Every routed step is checked for the group that owns it when it opens, and
 * each decision for the body that took it (294-QĐ/TW §4.3.2, DOMAIN.md §1).
 */
@MamXanhTest
class CompetentCommitteeScenarioTest {

    static final LocalDate START = LocalDate.of(2026, 3, 2);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService tasks;
    @Autowired
    CaseRepository cases;
    @Autowired
    DecisionRepository decisions;
    @Autowired
    VoteRepository votes;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    OrganisationRepository organisation;

    /** Who owns each step in one branch, and who appraises and decides for it. */
    record Route(String branch, String suffix, String grassroots, String appraiser, String appraisingGroup,
                 String decider, String decidingGroup, String decidingUnit) {

        Map<String, String> owners() {
            Map<String, String> owners = new LinkedHashMap<>();
            owners.put("Task_ReviewIntroduction", branch + ".secretary");
            owners.put("Task_ReviewMentoringReport", branch + ".secretary");
            owners.put("Task_ProposeForAwarenessClass", branch + ".secretary");
            owners.put("Task_RecordClassResult", DemoOrganisation.POLITICAL_CENTRE + ".staff");
            owners.put("Task_CompileDossier", branch + ".secretary");
            owners.put("Task_VerifyBackground", branch + ".committee");
            owners.put("Task_RecordBranchVote", branch + ".secretary");
            return owners;
        }
    }

    static final Route AUTHORISED_WARD = new Route(DemoOrganisation.WARD_BRANCH_EAST, "phu",
            DemoOrganisation.AUTHORISED_GRASSROOTS, "bxd.mytra", DemoOrganisation.AUTHORISED_PARTY_BUILDING_BOARD + ".member",
            "danguy.mytra2", DemoOrganisation.AUTHORISED_GRASSROOTS + ".committee", DemoOrganisation.AUTHORISED_GRASSROOTS);

    static final Route COMMUNE_NOT_AUTHORISED = new Route(DemoOrganisation.BRANCH_EAST, "dong",
            DemoOrganisation.GRASSROOTS, "btc.chuyenvien", DemoOrganisation.ORGANISATION_BOARD + ".member",
            "btv.uyvien", DemoOrganisation.STANDING_COMMITTEE + ".member", DemoOrganisation.STANDING_COMMITTEE);

    @Test
    void a_case_of_the_authorised_ward_committee_is_appraised_by_its_own_board_and_decided_by_the_whole_committee() {
        String caseId = carryFromIntroductionToRecognition(AUTHORISED_WARD, "doan.mytra");

        int wardCommittee = organisation.findRoleHolders(DemoOrganisation.AUTHORISED_GRASSROOTS, Role.GRASSROOTS_COMMITTEE).size();
        for (Purpose purpose : List.of(Purpose.ADMISSION_DECISION, Purpose.RECOGNITION_DECISION)) {
            Vote collective = votes.latest(caseId, purpose).orElseThrow();
            assertThat(collective.unitId()).as(purpose.name()).isEqualTo(DemoOrganisation.AUTHORISED_GRASSROOTS);
            assertThat(collective.entitled()).isEqualTo(wardCommittee);
            assertThat(collective.inFavour()).isEqualTo(wardCommittee);
            assertThat(collective.passed()).isTrue();
        }
    }

    @Test
    void a_case_of_the_commune_committee_not_authorised_is_appraised_and_decided_by_the_province() {
        String caseId = carryFromIntroductionToRecognition(COMMUNE_NOT_AUTHORISED, "doan.anhoa");

        // The province's standing committee decides without a vote of the grassroots committee recorded as a decision.
        assertThat(votes.latest(caseId, Purpose.ADMISSION_DECISION)).isEmpty();
        assertThat(votes.latest(caseId, Purpose.RECOGNITION_DECISION)).isEmpty();
    }

    private String carryFromIntroductionToRecognition(Route route, String introducer) {
        DecisionPath.today(START);
        DecisionPath path = new DecisionPath(context);
        Candidate standard = Candidate.standard();
        CaseJourney journey = CaseJourney.introduce(context, port, new Candidate("Phạm Thị Thu Trang",
                standard.dateOfBirth(), standard.educationLevel(), route.branch(), false, introducer));
        String caseId = journey.caseId();

        // Stages 1-7: each step opens for the branch, the mentor or the province's political school.
        for (Map.Entry<String, String> step : route.owners().entrySet()) {
            journey.advanceTo(step.getKey());
            assertThat(candidateGroups(journey.openTask(step.getKey()))).as(step.getKey()).containsExactly(step.getValue());
        }
        journey.advanceToAdmissionDecision();

        // Stage 8: the branch's own grassroots committee votes (R08).
        assertOwner(caseId, "Task_RecordGrassrootsVote", route.grassroots() + ".committee");
        int committee = organisation.findRoleHolders(route.grassroots(), Role.GRASSROOTS_COMMITTEE).size();
        String grassrootsMember = organisation.findRoleHolders(route.grassroots(), Role.GRASSROOTS_COMMITTEE).get(0).personId();
        assertDone(completeAs(port, grassrootsMember, caseId, "Task_RecordGrassrootsVote",
                grassrootsVote((int) TwoThirdsMajority.needed(committee), 0, true, null)));

        // The competent committee's appraisal and decision (R09); the other committee's bodies have nothing to do.
        assertOwner(caseId, "Task_AppraiseDossier", route.appraisingGroup());
        assertThat(stepsToActOn(port, other(route).appraiser(), caseId)).isEmpty();
        assertDone(completeAs(port, route.appraiser(), caseId, "Task_AppraiseDossier", appraisal()));

        assertOwner(caseId, "Task_DecideAdmission", route.decidingGroup());
        assertThat(stepsToActOn(port, other(route).decider(), caseId)).isEmpty();
        Map<String, Object> admission = admissionDecision(true, START);
        wholeCommitteeVote(route, admission);
        assertDone(completeAs(port, route.decider(), caseId, "Task_DecideAdmission", admission));
        Decision admitted = decisions.latest(caseId, Purpose.ADMISSION).orElseThrow();
        assertThat(admitted.unitId()).isEqualTo(route.decidingUnit());
        assertThat(admitted.recordedBy()).isEqualTo(route.decider());

        // Stage 10-11: the branch holds the ceremony; the school, the mentor and the branch gather the probation file.
        assertOwner(caseId, "Task_HoldCeremony", route.branch() + ".secretary");
        assertDone(completeAs(port, "bithu." + route.suffix(), caseId, "Task_HoldCeremony", ceremony(START)));
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.PROBATIONARY);
        DecisionPath.today(LocalDate.of(2026, 9, 15));
        assertOwner(caseId, "Task_RecordCourseCertificate", DemoOrganisation.POLITICAL_CENTRE + ".staff");
        assertDone(completeAs(port, "ttct.canbo", caseId, "Task_RecordCourseCertificate", courseCertificate()));
        DecisionPath.today(LocalDate.of(2027, 2, 22));
        assertDone(completeAs(port, "dangvien." + route.suffix() + "1", caseId, "Task_EvaluateProbationer", mentorEvaluation()));
        assertOwner(caseId, "Task_RecordSelfCritique", route.branch() + ".secretary");
        assertDone(completeAs(port, "bithu." + route.suffix(), caseId, "Task_RecordSelfCritique", selfCritique()));
        assertDone(completeAs(port, "bithu." + route.suffix(), caseId, "Task_RecordCommunityComments", communityComments()));
        DecisionPath.today(START.plusMonths(12));
        assertThat(path.runDueTimers(path.instance("probation", caseId))).isEqualTo(1);

        // Stage 12: the branch votes (R13); the same competent committee recognises.
        assertOwner(caseId, "Task_RecordRecognitionVote", route.branch() + ".secretary");
        int officialMembers = (int) directory.officialMemberCount(route.branch());
        assertDone(completeAs(port, "bithu." + route.suffix(), caseId, "Task_RecordRecognitionVote",
                recognitionVote((int) TwoThirdsMajority.needed(officialMembers), 0, true, null)));
        assertOwner(caseId, "Task_DecideRecognition", route.decidingGroup());
        assertThat(stepsToActOn(port, other(route).decider(), caseId)).isEmpty();
        Map<String, Object> recognition = recognitionDecision(true, DecisionPath.today());
        wholeCommitteeVote(route, recognition);
        assertDone(completeAs(port, route.decider(), caseId, "Task_DecideRecognition", recognition));

        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.OFFICIAL);
        assertThat(decisions.latest(caseId, Purpose.RECOGNITION).orElseThrow().unitId()).isEqualTo(route.decidingUnit());
        return caseId;
    }

    /** The whole authorised committee decides, so its decision carries the committee's vote. */
    private void wholeCommitteeVote(Route route, Map<String, Object> decision) {
        if (route == AUTHORISED_WARD) {
            int members = organisation.findRoleHolders(route.decidingUnit(), Role.GRASSROOTS_COMMITTEE).size();
            decision.put("inFavour", members);
            decision.put("against", 0);
        }
    }

    private static Route other(Route route) {
        return route == AUTHORISED_WARD ? COMMUNE_NOT_AUTHORISED : AUTHORISED_WARD;
    }

    private void assertOwner(String caseId, String taskKey, String group) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(taskKey).singleResult();
        assertThat(task).as(taskKey + " is open").isNotNull();
        assertThat(candidateGroups(task)).as(taskKey).containsExactly(group);
    }

    private Set<String> candidateGroups(Task task) {
        Set<String> groups = new TreeSet<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(task.getId())) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups;
    }

    private static void assertDone(Response completion) {
        assertThat(completion.status()).as(completion.body()).isEqualTo(204);
    }
}
