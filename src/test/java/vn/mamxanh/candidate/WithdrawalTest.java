package vn.mamxanh.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.mamxanh.testing.DecisionPath.admissionDecision;
import static vn.mamxanh.testing.DecisionPath.appraisal;
import static vn.mamxanh.testing.DecisionPath.grassrootsVote;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.testing.DecisionPath;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/** A candidate may withdraw until the ceremony, through the app API and the case page; afterwards not. */
@MamXanhTest
class WithdrawalTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    CaseRepository cases;
    @Autowired
    RuntimeService runtime;
    @Autowired
    OrganisationRepository organisation;

    @Test
    void a_candidate_withdraws_after_the_admission_decision_and_before_the_ceremony_through_the_api() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceToAdmissionDecision();
        String caseId = journey.caseId();
        DecisionPath path = new DecisionPath(context);
        ProcessInstance decision = path.instance("admission-decision", caseId);
        int committee = organisation.findRoleHolders(DemoOrganisation.GRASSROOTS, Role.GRASSROOTS_COMMITTEE).size();
        path.complete(decision, "Task_RecordGrassrootsVote", "danguy.anhoa1", grassrootsVote(committee, 0, true, null));
        path.complete(decision, "Task_AppraiseDossier", "btc.chuyenvien", appraisal());
        path.complete(decision, "Task_DecideAdmission", "btv.uyvien", admissionDecision(true, DecisionPath.today()));
        assertThat(decision).isWaitingAt("Task_HoldCeremony");
        assertThat(cases.get(caseId).stage()).isEqualTo(CaseStage.CEREMONY);

        Response withdrawn = HttpTestClient.basic(port, "bithu.dong").postJson("/api/cases/" + caseId + "/withdrawal",
                Map.of("reason", "Quần chúng đi lao động ở nước ngoài."));

        assertThat(withdrawn.status()).isEqualTo(204);
        assertThat(journey.processInstance()).isEnded().hasPassed("EndEvent_Withdrawn");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).count()).isZero();
        CandidateCase ended = cases.get(caseId);
        assertThat(ended.status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(ended.endReason()).isEqualTo("Quần chúng xin rút: Quần chúng đi lao động ở nước ngoài.");
    }

    @Test
    void a_probationary_member_cannot_withdraw_after_the_ceremony() {
        DecisionPath path = new DecisionPath(context);
        DecisionPath.today(LocalDate.of(2026, 3, 2));
        String caseId = path.newCase();
        path.startProbation(caseId, LocalDate.of(2026, 3, 2));

        Response refused = HttpTestClient.basic(port, "bithu.dong").postJson("/api/cases/" + caseId + "/withdrawal",
                Map.of("reason", "Xin rút."));

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("detail").asText()).contains("không còn ở giai đoạn có thể rút");
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.PROBATIONARY);
    }

    @Test
    void the_secretary_records_a_withdrawal_on_the_case_page() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceToAdmissionDecision();
        String caseId = journey.caseId();
        HttpTestClient committee = HttpTestClient.loggedIn(port, "danguy.anhoa1");
        assertThat(committee.get("/cases/" + caseId, "text/html").body()).doesNotContain("id=\"withdrawal\"");
        HttpTestClient secretary = HttpTestClient.loggedIn(port, "bithu.dong");
        Response page = secretary.get("/cases/" + caseId, "text/html");
        assertThat(page.body()).contains("id=\"withdrawal\"").contains("Ghi nhận quần chúng xin rút");
        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");

        Response empty = secretary.postForm("/cases/" + caseId + "/withdrawal", Map.of("_csrf", csrf, "reason", " "));
        assertThat(empty.status()).isEqualTo(302);
        assertThat(secretary.get("/cases/" + caseId, "text/html").body()).contains("Vui lòng nhập lý do rút khỏi quá trình xem xét.");
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.OPEN);

        Response done = secretary.postForm("/cases/" + caseId + "/withdrawal",
                Map.of("_csrf", csrf, "reason", "Quần chúng chuyển công tác vào Nam."));
        assertThat(done.status()).isEqualTo(302);
        assertThat(cases.get(caseId).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(cases.get(caseId).endedBy()).isEqualTo("bithu.dong");
        assertThat(secretary.get("/cases/" + caseId, "text/html").body())
                .contains("Quần chúng xin rút: Quần chúng chuyển công tác vào Nam.").doesNotContain("id=\"withdrawal\"");
    }
}
