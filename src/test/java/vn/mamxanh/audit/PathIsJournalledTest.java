package vn.mamxanh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mamxanh.testing.DecisionPath.admissionDecision;
import static vn.mamxanh.testing.DecisionPath.appraisal;
import static vn.mamxanh.testing.DecisionPath.completeAs;
import static vn.mamxanh.testing.DecisionPath.grassrootsVote;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.resolution.TwoThirdsMajority;
import vn.mamxanh.testing.DecisionPath;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/**
 * R16 on the real path: every entry below is written by the path itself (HTTP calls and task
 * completions as the demo users who own each step); the test only reads the journal, as an auditor does.
 */
@MamXanhTest
class PathIsJournalledTest {

    private static final String AUDITOR = "ubkt.kiemtra";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ManagementService management;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    OrganisationRepository organisation;

    @Test
    void R16_a_decision_taken_after_its_deadline_is_found_by_the_search_for_late_decisions_of_2026() {
        AuditTestCases.at("2026-03-02T09:00:00");
        CaseJourney journey = CaseJourney.introduce(context, port).advanceToAdmissionDecision();
        String caseId = journey.caseId();
        int committee = organisation.findRoleHolders(directory.grassrootsOf(DemoOrganisation.BRANCH_EAST).id(),
                Role.GRASSROOTS_COMMITTEE).size();
        done(completeAs(port, "danguy.anhoa1", caseId, "Task_RecordGrassrootsVote",
                grassrootsVote((int) TwoThirdsMajority.needed(committee), 0, true, null)));
        done(completeAs(port, "btc.chuyenvien", caseId, "Task_AppraiseDossier", appraisal()));

        // The committee lets the deadline pass: the engine's timer fires a day after it, whatever the period is.
        ProcessInstance decision = new DecisionPath(context).instance("admission-decision", caseId);
        Job deadline = management.createJobQuery().processInstanceId(decision.getId())
                .activityId("Timer_DecisionDeadline").singleResult();
        Instant due = deadline.getDuedate().toInstant();
        ClockUtil.setCurrentTime(Date.from(due.plusSeconds(24 * 3600)));
        assertThat(new DecisionPath(context).runDueTimers(decision)).isEqualTo(1);
        done(completeAs(port, "btv.uyvien", caseId, "Task_DecideAdmission", admissionDecision(true, DecisionPath.today())));

        List<JsonNode> late = search("action=DECISION_TAKEN&from=01/01/2026&to=31/12/2026&afterDeadline=true");
        assertThat(late).filteredOn(line -> caseId.equals(line.get("caseId").asText())).singleElement().satisfies(line -> {
            assertThat(line.get("outcome").asText()).isEqualTo("APPROVED");
            assertThat(line.get("actor").asText()).isEqualTo("btv.uyvien");
            assertThat(line.get("afterDeadline").asBoolean()).isTrue();
            assertThat(line.get("details").asText()).contains("kind: ADMISSION").contains("number: 241-QĐ/TU");
        });
        List<JsonNode> history = caseHistory(caseId);
        assertThat(history).anySatisfy(line -> {
            assertThat(line.get("action").asText()).isEqualTo("DEADLINE_MISSED");
            assertThat(line.get("outcome").asText()).isEqualTo("OVERDUE");
            assertThat(line.get("actor").asText()).isEqualTo("system");
            assertThat(line.get("details").asText()).contains("rule: R09").contains("step: Task_DecideAdmission");
        });
        assertThat(history).anySatisfy(line -> {
            assertThat(line.get("action").asText()).isEqualTo("DEADLINE_MISSED");
            assertThat(line.get("outcome").asText()).isEqualTo("LATE");
            assertThat(line.get("actor").asText()).isEqualTo("btv.uyvien");
        });
        // the grassroots committee voted in time
        assertThat(history).anySatisfy(line -> {
            assertThat(line.get("action").asText()).isEqualTo("DEADLINE_MET");
            assertThat(line.get("actor").asText()).isEqualTo("danguy.anhoa1");
        });
        assertThat(search("action=DECISION_TAKEN&from=01/01/2026&to=31/12/2026&afterDeadline=true&caseId=" + caseId)
                .stream().map(line -> line.get("outcome").asText())).containsExactly("APPROVED");
    }

    @Test
    void R16_votes_recorded_on_the_path_appear_in_the_search_with_their_counts() {
        AuditTestCases.at("2026-03-09T09:00:00");
        CaseJourney journey = CaseJourney.introduce(context, port).advanceToAdmissionDecision();
        String caseId = journey.caseId();
        long branchMembers = journey.officialMembers();
        int committee = organisation.findRoleHolders(directory.grassrootsOf(DemoOrganisation.BRANCH_EAST).id(),
                Role.GRASSROOTS_COMMITTEE).size();
        int inFavour = (int) TwoThirdsMajority.needed(committee);
        done(completeAs(port, "danguy.anhoa1", caseId, "Task_RecordGrassrootsVote",
                grassrootsVote(inFavour, committee - inFavour, true, null)));

        List<JsonNode> votes = search("action=VOTE_RECORDED&caseId=" + caseId);

        assertThat(votes).hasSize(2);
        assertThat(votes.get(0).get("outcome").asText()).isEqualTo("PASSED");
        assertThat(votes.get(0).get("actor").asText()).isEqualTo("bithu.dong");
        assertThat(votes.get(0).get("details").asText()).contains("body: BRANCH", "entitled: " + branchMembers,
                "present: " + branchMembers, "inFavour: " + branchMembers, "meetingDate: 2026-03-09");
        assertThat(votes.get(1).get("outcome").asText()).isEqualTo("PASSED");
        assertThat(votes.get(1).get("actor").asText()).isEqualTo("danguy.anhoa1");
        assertThat(votes.get(1).get("details").asText()).contains("body: ADMISSION", "entitled: " + committee,
                "inFavour: " + inFavour, "against: " + (committee - inFavour));
        assertThat(votes.get(1).get("deadline").isNull()).as("the grassroots review has its own deadline").isFalse();
        assertThat(votes.get(1).get("afterDeadline").asBoolean()).isFalse();
    }

    @Test
    void R16_an_introduction_its_changes_and_its_end_are_journalled_with_the_reason() {
        CaseJourney journey = CaseJourney.introduce(context, port);
        String caseId = journey.caseId();
        done(journey.complete(AuditTestCases.DECLINE));

        List<JsonNode> history = caseHistory(caseId);

        assertThat(history).anySatisfy(line -> {
            assertThat(line.get("action").asText()).isEqualTo("CASE_INTRODUCED");
            assertThat(line.get("actor").asText()).isEqualTo("doan.anhoa");
            assertThat(line.get("details").asText()).contains("branch: " + DemoOrganisation.BRANCH_EAST);
        });
        assertThat(history).anySatisfy(line -> {
            assertThat(line.get("action").asText()).isEqualTo("DECISION_TAKEN");
            assertThat(line.get("outcome").asText()).isEqualTo("REJECTED");
            assertThat(line.get("details").asText()).contains("kind: INTAKE", "Chưa đủ điều kiện tạo nguồn");
        });
        assertThat(history).anySatisfy(line -> {
            assertThat(line.get("action").asText()).isEqualTo("CASE_ENDED");
            assertThat(line.get("outcome").asText()).isEqualTo("CLOSED");
            assertThat(line.get("actor").asText()).isEqualTo("bithu.dong");
            assertThat(line.get("details").asText()).contains("Chưa đủ điều kiện tạo nguồn");
        });
        assertThat(actions(history)).containsSubsequence("CASE_INTRODUCED", "TASK_CREATED", "DECISION_TAKEN", "CASE_ENDED",
                "TASK_COMPLETED");
    }

    @Test
    void R16_a_case_moving_on_the_path_is_journalled_as_changed() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(CaseJourney.PROPOSE_FOR_AWARENESS_CLASS);

        assertThat(caseHistory(journey.caseId())).filteredOn(line -> line.get("action").asText().equals("CASE_CHANGED"))
                .extracting(line -> line.get("outcome").asText())
                .contains("SOURCE_POOL", "MENTORING");
    }

    @Test
    void R16_roles_memberships_and_the_holiday_table_are_journalled() {
        HttpTestClient admin = HttpTestClient.basic(port, "quantri");
        String person = "nhatky" + Long.toString(System.nanoTime(), 36);
        Map<String, Object> body = new HashMap<>(Map.of("id", person, "fullName", "Phan Văn Ký", "branchId", "cb-thon-tay",
                "membership", "OFFICIAL", "memberSince", "2020-02-03", "password", "MamXanh@2026"));
        assertThat(admin.postJson("/api/admin/people", body).status()).isEqualTo(201);
        assertThat(admin.postJson("/api/admin/people/" + person + "/roles", Map.of("unitId", "cb-thon-tay", "role", "SECRETARY"))
                .status()).isEqualTo(201);
        assertThat(admin.delete("/api/admin/people/" + person + "/roles/cb-thon-tay/SECRETARY").status()).isEqualTo(204);
        assertThat(admin.putJson("/api/admin/people/" + person + "/membership",
                Map.of("membership", "PROBATIONARY", "memberSince", "2026-09-02")).status()).isEqualTo(200);
        assertThat(admin.putJson("/api/admin/people/" + person + "/branch", Map.of("branchId", "cb-thon-dong")).status())
                .isEqualTo(200);
        LocalDate day = LocalDate.of(2032, 6, 7);
        assertThat(admin.putJson("/api/calendar/holidays/" + day, Map.of("name", "Nghỉ bù thử", "dayOff", true)).status())
                .isEqualTo(200);
        assertThat(admin.delete("/api/calendar/holidays/" + day).status()).isEqualTo(204);

        Predicate<JsonNode> aboutThePerson = line -> line.get("details").asText().contains("person: " + person);
        assertThat(search("action=ROLE_GRANTED&actor=quantri")).filteredOn(aboutThePerson).singleElement()
                .satisfies(line -> {
                    assertThat(line.get("outcome").asText()).isEqualTo("SECRETARY");
                    assertThat(line.get("unitId").asText()).isEqualTo("cb-thon-tay");
                });
        assertThat(search("action=ROLE_REVOKED&actor=quantri")).filteredOn(aboutThePerson).hasSize(1);
        assertThat(search("action=MEMBERSHIP_CHANGED")).filteredOn(aboutThePerson).singleElement()
                .satisfies(line -> assertThat(line.get("details").asText()).contains("from: OFFICIAL", "to: PROBATIONARY"));
        assertThat(search("action=MEMBER_MOVED&unit=cb-thon-dong")).filteredOn(aboutThePerson).singleElement()
                .satisfies(line -> assertThat(line.get("details").asText()).contains("fromBranch: cb-thon-tay"));
        assertThat(search("action=HOLIDAY_CHANGED&actor=quantri"))
                .filteredOn(line -> line.get("details").asText().contains("day: " + day))
                .extracting(line -> line.get("outcome").asText()).containsExactly("DAY_OFF", "DELETED");
    }

    private static void done(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(204);
    }

    private List<JsonNode> search(String query) {
        Response found = HttpTestClient.basic(port, AUDITOR).get("/api/audit/search?" + query);
        assertThat(found.status()).as(found.body()).isEqualTo(200);
        List<JsonNode> lines = new ArrayList<>();
        found.json().get("entries").forEach(lines::add);
        return lines;
    }

    private List<JsonNode> caseHistory(String caseId) {
        List<JsonNode> lines = new ArrayList<>();
        HttpTestClient.basic(port, AUDITOR).get("/api/audit/cases/" + caseId).json().get("lines").forEach(lines::add);
        return lines;
    }

    private static List<String> actions(List<JsonNode> lines) {
        return lines.stream().map(line -> line.get("action").asText()).toList();
    }
}
