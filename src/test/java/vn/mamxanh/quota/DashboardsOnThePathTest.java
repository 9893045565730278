package vn.mamxanh.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mamxanh.testing.DecisionPath.admissionDecision;
import static vn.mamxanh.testing.DecisionPath.appraisal;
import static vn.mamxanh.testing.DecisionPath.ceremony;
import static vn.mamxanh.testing.DecisionPath.completeAs;
import static vn.mamxanh.testing.DecisionPath.grassrootsVote;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.resolution.TwoThirdsMajority;
import vn.mamxanh.testing.DecisionPath;
import vn.mamxanh.testing.HtmlTables;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/**
 * The dashboards' figures as the path makes them: a case carried over the year end, and a mentor who
 * lets a month pass without a report. Figures are compared before and after, as the demo branch holds
 * other cases too.
 */
@MamXanhTest
class DashboardsOnThePathTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    ManagementService management;

    @Test
    void R15_an_admission_counts_in_the_year_of_its_decision_not_of_its_ceremony() {
        DecisionPath.at(LocalDate.of(2025, 12, 8), LocalTime.of(9, 0));
        long admitted2025 = admitted(2025);
        long admitted2026 = admitted(2026);
        String caseId = CaseJourney.introduce(context, port).advanceToAdmissionDecision().caseId();
        int committee = organisation.findRoleHolders(directory.grassrootsOf(DemoOrganisation.BRANCH_EAST).id(),
                Role.GRASSROOTS_COMMITTEE).size();
        done(completeAs(port, "danguy.anhoa1", caseId, "Task_RecordGrassrootsVote",
                grassrootsVote((int) TwoThirdsMajority.needed(committee), 0, true, null)));
        done(completeAs(port, "btc.chuyenvien", caseId, "Task_AppraiseDossier", appraisal()));
        DecisionPath.today(LocalDate.of(2025, 12, 29));
        done(completeAs(port, "btv.uyvien", caseId, "Task_DecideAdmission", admissionDecision(true, LocalDate.of(2025, 12, 29))));
        // the ceremony is held, and typed in, in the new year
        DecisionPath.today(LocalDate.of(2026, 1, 8));
        done(completeAs(port, "bithu.dong", caseId, "Task_HoldCeremony", ceremony(LocalDate.of(2026, 1, 8))));

        assertThat(admitted(2025)).isEqualTo(admitted2025 + 1);
        assertThat(admitted(2026)).isEqualTo(admitted2026);
    }

    @Test
    void R05_an_overdue_report_that_was_never_filed_counts_as_late() {
        DecisionPath.at(LocalDate.of(2026, 5, 4), LocalTime.of(9, 0));
        List<String> before = mentoringRow(2026);
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(CaseJourney.REPORT_MENTORING_PROGRESS);

        // June's report is due by the 25th; the mentor files nothing, and the overdue timer fires the next morning.
        DecisionPath.at(LocalDate.of(2026, 6, 26), LocalTime.of(8, 0));
        Job overdue = management.createJobQuery().processInstanceId(journey.mentoringInstanceId())
                .activityId("BoundaryEvent_ReportOverdue").singleResult();
        assertThat(overdue.getDuedate()).isBeforeOrEqualTo(new Date(ClockUtil.getCurrentTime().getTime()));
        management.executeJob(overdue.getId());

        List<String> after = mentoringRow(2026);
        assertThat(Long.parseLong(after.get(1))).as("reports due").isEqualTo(Long.parseLong(before.get(1)) + 1);
        assertThat(after.get(2)).as("filed on time").isEqualTo(before.get(2));
    }

    private long admitted(int year) {
        return Long.parseLong(attainmentRow(year).get(3).replace(".", ""));
    }

    private List<String> attainmentRow(int year) {
        return branchRow("table-attainment", year);
    }

    private List<String> mentoringRow(int year) {
        return branchRow("table-mentoring", year);
    }

    private List<String> branchRow(String table, int year) {
        String grassroots = directory.grassrootsOf(DemoOrganisation.BRANCH_EAST).id();
        String branchName = organisation.findUnit(DemoOrganisation.BRANCH_EAST).orElseThrow().name();
        String page = HttpTestClient.loggedIn(port, "quantri").get("/dashboard?unit=" + grassroots + "&year=" + year).body();
        return HtmlTables.row(page, table, branchName);
    }

    private static void done(Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(204);
    }
}
