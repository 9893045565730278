package vn.mamxanh.probation;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mamxanh.testing.DecisionPath.admissionDecision;
import static vn.mamxanh.testing.DecisionPath.appraisal;
import static vn.mamxanh.testing.DecisionPath.ceremony;
import static vn.mamxanh.testing.DecisionPath.communityComments;
import static vn.mamxanh.testing.DecisionPath.courseCertificate;
import static vn.mamxanh.testing.DecisionPath.grassrootsVote;
import static vn.mamxanh.testing.DecisionPath.mentorEvaluation;
import static vn.mamxanh.testing.DecisionPath.recognitionVote;
import static vn.mamxanh.testing.DecisionPath.selfCritique;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.resolution.Purpose;
import vn.mamxanh.resolution.TwoThirdsMajority;
import vn.mamxanh.resolution.VoteRepository;
import vn.mamxanh.testing.DecisionPath;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/** R10-R13 as the branch secretary meets them: completing the task over HTTP. */
@MamXanhTest
class ProbationRulesTest {

    static final LocalDate CEREMONY = LocalDate.of(2026, 3, 10);
    static final LocalDate PROBATION_OVER = LocalDate.of(2027, 3, 10);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    CeremonyRepository ceremonies;
    @Autowired
    ProbationRecordRepository records;
    @Autowired
    VoteRepository votes;
    @Autowired
    CaseRepository cases;
    @Autowired
    OrganisationDirectory directory;

    DecisionPath path;
    int officialMembers;

    @BeforeEach
    void setUp() {
        path = new DecisionPath(context);
        officialMembers = (int) directory.officialMemberCount(DemoOrganisation.BRANCH_EAST);
    }

    @Test
    void R10_the_ceremony_is_held_after_the_decision_and_on_time_or_reported() {
        DecisionPath.today(LocalDate.of(2026, 3, 2));
        String caseId = path.newCase();
        ProcessInstance instance = path.startAdmissionDecision(caseId);
        path.complete(instance, "Task_RecordGrassrootsVote", "danguy.anhoa1", grassrootsVote(3, 0, true, null));
        path.complete(instance, "Task_AppraiseDossier", "btc.chuyenvien", appraisal());
        DecisionPath.today(LocalDate.of(2026, 3, 12));
        path.complete(instance, "Task_DecideAdmission", "btv.uyvien", admissionDecision(true, LocalDate.of(2026, 3, 12)));

        Response beforeDecision = path.completeOverHttp(port, "bithu.dong", instance, "Task_HoldCeremony",
                ceremony(LocalDate.of(2026, 3, 11)));
        assertRefused(beforeDecision, "R10", "ceremonyDate");
        Response inTheFuture = path.completeOverHttp(port, "bithu.dong", instance, "Task_HoldCeremony",
                ceremony(LocalDate.of(2026, 3, 20)));
        assertRefused(inTheFuture, "R10", "ceremonyDate");

        assertThat(path.task(instance, "Task_HoldCeremony")).isNotNull();
        assertThat(ceremonies.ceremonyDate(caseId)).isEmpty();
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.OPEN);

        Response accepted = path.completeOverHttp(port, "bithu.dong", instance, "Task_HoldCeremony",
                ceremony(LocalDate.of(2026, 3, 12)));
        assertThat(accepted.status()).isEqualTo(204);
        assertThat(ceremonies.ceremonyDate(caseId)).contains(LocalDate.of(2026, 3, 12));
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.PROBATIONARY);
    }

    @Test
    void R11_recognition_cannot_be_voted_on_a_day_before_twelve_months_from_the_ceremony() {
        ProcessInstance instance = atRecognitionVote();

        Response early = path.completeOverHttp(port, "bithu.dong", instance, "Task_RecordRecognitionVote",
                withMeetingDate(PROBATION_OVER.minusDays(1)));

        assertRefused(early, "R11", "meetingDate");
        assertThat(early.json().get("detail").asText()).contains("10/03/2027");
        assertThat(path.task(instance, "Task_RecordRecognitionVote")).isNotNull();
        assertThat(votes.count(instance.getBusinessKey())).isZero();

        Response onTheDay = path.completeOverHttp(port, "bithu.dong", instance, "Task_RecordRecognitionVote",
                withMeetingDate(PROBATION_OVER));
        assertThat(onTheDay.status()).isEqualTo(204);
    }

    @Test
    void R12_recognition_needs_the_comments_of_both_the_mass_organisations_and_the_residence() {
        DecisionPath.today(CEREMONY);
        String caseId = path.newCase();
        ProcessInstance instance = path.startProbation(caseId, CEREMONY);

        Map<String, Object> withoutResidence = communityComments();
        withoutResidence.remove("residenceComment");
        Response refused = path.completeOverHttp(port, "bithu.dong", instance, "Task_RecordCommunityComments", withoutResidence);

        assertRefused(refused, "R12", "residenceComment");
        assertThat(path.task(instance, "Task_RecordCommunityComments")).isNotNull();
        assertThat(records.present(caseId)).isEmpty();

        Response accepted = path.completeOverHttp(port, "bithu.dong", instance, "Task_RecordCommunityComments",
                communityComments());
        assertThat(accepted.status()).isEqualTo(204);
        assertThat(records.present(caseId)).containsExactly(ProbationItem.COMMUNITY_COMMENTS);
    }

    @Test
    void R13_recognition_resolution_needs_two_thirds_of_the_branch_official_members() {
        ProcessInstance instance = atRecognitionVote();
        int needed = (int) TwoThirdsMajority.needed(officialMembers);

        Response refused = path.completeOverHttp(port, "bithu.dong", instance, "Task_RecordRecognitionVote",
                recognitionVote(needed - 1, 0, true, null));

        assertRefused(refused, "R13", "inFavour");
        assertThat(refused.json().get("detail").asText()).contains(needed + "/" + officialMembers);
        assertThat(path.task(instance, "Task_RecordRecognitionVote")).isNotNull();
        assertThat(votes.count(instance.getBusinessKey())).isZero();

        Response notRecommendedWithoutReason = path.completeOverHttp(port, "bithu.dong", instance,
                "Task_RecordRecognitionVote", recognitionVote(1, officialMembers - 1, false, null));
        assertRefused(notRecommendedWithoutReason, "R13", "reason");

        Response accepted = path.completeOverHttp(port, "bithu.dong", instance, "Task_RecordRecognitionVote",
                recognitionVote(needed, officialMembers - needed, true, null));
        assertThat(accepted.status()).isEqualTo(204);
        assertThat(votes.latest(instance.getBusinessKey(), Purpose.RECOGNITION).orElseThrow().entitled())
                .isEqualTo(officialMembers);
    }

    private ProcessInstance atRecognitionVote() {
        DecisionPath.today(CEREMONY);
        String caseId = path.newCase();
        ProcessInstance instance = path.startProbation(caseId, CEREMONY);
        DecisionPath.today(LocalDate.of(2027, 2, 24));
        path.complete(instance, "Task_RecordCourseCertificate", "ttct.canbo", courseCertificate());
        path.complete(instance, "Task_EvaluateProbationer", "dangvien.dong1", mentorEvaluation());
        path.complete(instance, "Task_RecordSelfCritique", "bithu.dong", selfCritique());
        path.complete(instance, "Task_RecordCommunityComments", "bithu.dong", communityComments());
        DecisionPath.today(PROBATION_OVER);
        path.runDueTimers(instance);
        return instance;
    }

    private Map<String, Object> withMeetingDate(LocalDate day) {
        Map<String, Object> form = recognitionVote((int) TwoThirdsMajority.needed(officialMembers), 0, true, null);
        form.put("meetingDate", day.toString());
        return form;
    }

    static void assertRefused(Response response, String rule, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asText()).isEqualTo(rule);
        assertThat(response.json().get("field").asText()).isEqualTo(field);
    }
}
