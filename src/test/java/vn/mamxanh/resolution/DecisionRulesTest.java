package vn.mamxanh.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mamxanh.testing.DecisionPath.admissionDecision;
import static vn.mamxanh.testing.DecisionPath.appraisal;
import static vn.mamxanh.testing.DecisionPath.grassrootsVote;

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
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.testing.DecisionPath;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/** R08 and R09 as the committee members meet them: completing their task over HTTP. */
@MamXanhTest
class DecisionRulesTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    VoteRepository votes;
    @Autowired
    DecisionRepository decisions;
    @Autowired
    CaseRepository cases;
    @Autowired
    OrganisationRepository organisation;

    DecisionPath path;
    int committee;

    @BeforeEach
    void setUp() {
        path = new DecisionPath(context);
        committee = organisation.findRoleHolders(DemoOrganisation.GRASSROOTS, Role.GRASSROOTS_COMMITTEE).size();
        DecisionPath.today(LocalDate.of(2026, 3, 2));
    }

    @Test
    void R08_grassroots_recommendation_needs_two_thirds_of_committee() {
        String caseId = path.newCase();
        ProcessInstance instance = path.startAdmissionDecision(caseId);
        int needed = (int) TwoThirdsMajority.needed(committee);

        // Everyone present voted in favour, but they are fewer than two thirds of the whole committee.
        Response refused = path.completeOverHttp(port, "danguy.anhoa1", instance, "Task_RecordGrassrootsVote",
                grassrootsVote(needed - 1, 0, true, null));

        assertRefused(refused, "R08", "inFavour");
        assertThat(refused.json().get("detail").asText()).contains(needed + "/" + committee);
        assertThat(path.task(instance, "Task_RecordGrassrootsVote")).isNotNull();
        assertThat(votes.count(caseId)).isZero();

        Response tooMany = path.completeOverHttp(port, "danguy.anhoa1", instance, "Task_RecordGrassrootsVote",
                grassrootsVote(committee, 1, true, null));
        assertRefused(tooMany, "R08", "inFavour");

        Response accepted = path.completeOverHttp(port, "danguy.anhoa1", instance, "Task_RecordGrassrootsVote",
                grassrootsVote(needed, committee - needed, true, null));

        assertThat(accepted.status()).isEqualTo(204);
        assertThat(path.task(instance, "Task_RecordGrassrootsVote")).isNull();
        Vote vote = votes.latest(caseId, Purpose.ADMISSION).orElseThrow();
        assertThat(vote.entitled()).isEqualTo(committee);
        assertThat(vote.inFavour()).isEqualTo(needed);
        assertThat(vote.recordedBy()).isEqualTo("danguy.anhoa1");
    }

    @Test
    void R09_the_decision_is_dated_between_the_lower_resolution_and_today_and_names_its_number() {
        String caseId = path.newCase();
        ProcessInstance instance = path.startAdmissionDecision(caseId);
        path.complete(instance, "Task_RecordGrassrootsVote", "danguy.anhoa1", grassrootsVote(committee, 0, true, null));
        DecisionPath.today(LocalDate.of(2026, 3, 9));
        path.complete(instance, "Task_AppraiseDossier", "btc.chuyenvien", appraisal());

        Response beforeResolution = path.completeOverHttp(port, "btv.uyvien", instance, "Task_DecideAdmission",
                admissionDecision(true, LocalDate.of(2026, 2, 27)));
        assertRefused(beforeResolution, "R09", "decisionDate");
        assertThat(beforeResolution.json().get("detail").asText()).contains("02/03/2026");

        Map<String, Object> withoutNumber = admissionDecision(true, LocalDate.of(2026, 3, 9));
        withoutNumber.remove("decisionNumber");
        assertRefused(path.completeOverHttp(port, "btv.uyvien", instance, "Task_DecideAdmission", withoutNumber),
                "R09", "decisionNumber");

        Map<String, Object> refusalWithoutReason = admissionDecision(false, LocalDate.of(2026, 3, 9));
        refusalWithoutReason.remove("reason");
        assertRefused(path.completeOverHttp(port, "btv.uyvien", instance, "Task_DecideAdmission", refusalWithoutReason),
                "R09", "reason");

        assertThat(path.task(instance, "Task_DecideAdmission")).isNotNull();
        assertThat(decisions.count(caseId)).isZero();
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.OPEN);

        Response accepted = path.completeOverHttp(port, "btv.uyvien", instance, "Task_DecideAdmission",
                admissionDecision(true, LocalDate.of(2026, 3, 9)));
        assertThat(accepted.status()).isEqualTo(204);
        Decision decision = decisions.latest(caseId, Purpose.ADMISSION).orElseThrow();
        assertThat(decision.decisionNumber()).isEqualTo("241-QĐ/TU");
        assertThat(decision.signer()).isEqualTo("Hà Văn Vinh");
        assertThat(decision.recordedBy()).isEqualTo("btv.uyvien");
    }

    @Test
    void neither_another_branch_nor_an_auditor_can_record_the_grassroots_vote() {
        String caseId = path.newCase();
        ProcessInstance instance = path.startAdmissionDecision(caseId);

        for (String outsider : new String[] {"bithu.tay", "ubkt.kiemtra", "btv.uyvien"}) {
            Response refused = path.completeOverHttp(port, outsider, instance, "Task_RecordGrassrootsVote",
                    grassrootsVote(committee, 0, true, null));
            assertThat(refused.status()).as(outsider).isIn(403, 404);
        }
        // Auditors and district bodies may read the case, but none of these has the vote to act on.
        assertThat(DecisionPath.stepsToActOn(port, "bithu.tay", caseId)).isEmpty();
        assertThat(DecisionPath.stepsToActOn(port, "ubkt.kiemtra", caseId)).isEmpty();
        assertThat(DecisionPath.stepsToActOn(port, "btv.uyvien", caseId)).isEmpty();

        assertThat(DecisionPath.stepsToActOn(port, "danguy.anhoa2", caseId)).containsExactly("Task_RecordGrassrootsVote");
        assertThat(path.task(instance, "Task_RecordGrassrootsVote")).isNotNull();
        assertThat(votes.count(caseId)).isZero();
    }

    static void assertRefused(Response response, String rule, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("rule").asText()).isEqualTo(rule);
        assertThat(response.json().get("field").asText()).isEqualTo(field);
        assertThat(response.json().get("detail").asText()).isNotBlank();
    }
}
