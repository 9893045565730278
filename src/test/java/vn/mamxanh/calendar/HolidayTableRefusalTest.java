package vn.mamxanh.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.mamxanh.testing.DecisionPath.grassrootsVote;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
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

/**
 * R14 at the moment a deadline runs into a year the holiday table lacks: the step whose completion
 * needs the deadline is refused with the reason, stays open, and administrators see the year on their
 * page; once they enter the year the same step goes through.
 */
@MamXanhTest
class HolidayTableRefusalTest {

    /** No seeded table, and no other test enters it. */
    static final int MISSING_YEAR = 2028;
    static final LocalDate NEW_YEAR = LocalDate.of(MISSING_YEAR, 1, 1);

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    HolidayRepository holidays;
    @Autowired
    HolidayTableGaps gaps;
    @Autowired
    OrganisationRepository organisation;

    @AfterEach
    void forgetTheYear() {
        holidays.delete(NEW_YEAR);
    }

    @Test
    void R14_a_step_whose_deadline_runs_into_a_year_without_a_table_is_refused_until_administrators_enter_it() {
        DecisionPath path = new DecisionPath(context);
        int committee = organisation.findRoleHolders(DemoOrganisation.GRASSROOTS, Role.GRASSROOTS_COMMITTEE).size();
        // Branch resolution Monday 15/11/2027: the grassroots target (30 working days) stays in 2027,
        // the decision's 60 working days run into 2028.
        DecisionPath.today(LocalDate.of(2027, 11, 15));
        String caseId = path.newCase();
        ProcessInstance instance = path.startAdmissionDecision(caseId);

        Response refused = path.completeOverHttp(port, "danguy.anhoa1", instance, "Task_RecordGrassrootsVote",
                grassrootsVote(committee, 0, true, null));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("rule").asText()).isEqualTo("R14");
        assertThat(refused.json().get("field").asText()).isEqualTo("holidayTable");
        assertThat(refused.json().get("detail").asText()).startsWith("Chưa có bảng ngày nghỉ năm 2028:")
                .contains("Quản trị viên cần nhập");
        assertThat(instance).isWaitingAt("Task_RecordGrassrootsVote");
        assertThat(gaps.open()).extracting(HolidayTableGaps.Gap::year).contains(MISSING_YEAR);

        HttpTestClient admin = HttpTestClient.loggedIn(port, "quantri");
        Response page = admin.get("/admin/holidays", "text/html");
        assertThat(page.body()).contains("Năm còn thiếu bảng ngày nghỉ").contains("Năm 2028: đã có");
        String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        Response entered = admin.postForm("/admin/holidays", Map.of("_csrf", csrf, "day", NEW_YEAR.toString(),
                "name", "Tết Dương lịch", "dayOff", "true"));
        assertThat(entered.status()).isEqualTo(302);
        assertThat(gaps.open()).extracting(HolidayTableGaps.Gap::year).doesNotContain(MISSING_YEAR);

        Response done = path.completeOverHttp(port, "danguy.anhoa1", instance, "Task_RecordGrassrootsVote",
                grassrootsVote(committee, 0, true, null));
        assertThat(done.status()).isEqualTo(204);
        assertThat(instance).isWaitingAt("Task_AppraiseDossier");
    }

    @Test
    void R14_a_timer_that_needs_a_year_without_a_table_fails_and_runs_again_once_the_year_is_entered() {
        DecisionPath path = new DecisionPath(context);
        // Ceremony 1/6/2027: probation ends 1/6/2028, and the branch's R13 vote is due 30 working days into 2028.
        DecisionPath.today(LocalDate.of(2027, 6, 1));
        String caseId = path.newCase();
        ProcessInstance instance = path.startProbation(caseId, LocalDate.of(2027, 6, 1));
        DecisionPath.today(LocalDate.of(MISSING_YEAR, 6, 1));
        org.camunda.bpm.engine.ManagementService management = context.getBean(org.camunda.bpm.engine.ManagementService.class);
        org.camunda.bpm.engine.runtime.Job timer = management.createJobQuery().processInstanceId(instance.getId())
                .activityId("Timer_ProbationEnds").singleResult();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> management.executeJob(timer.getId()))
                .hasMessageContaining("Chưa có bảng ngày nghỉ năm 2028:");
        org.camunda.bpm.engine.runtime.Job failed = management.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(failed.getRetries()).isLessThan(3);
        assertThat(failed.getExceptionMessage()).contains("Chưa có bảng ngày nghỉ năm 2028:");
        assertThat(instance).isWaitingAt("Timer_ProbationEnds");
        assertThat(gaps.open()).extracting(HolidayTableGaps.Gap::year).contains(MISSING_YEAR);
        management.setJobRetries(timer.getId(), 0);

        HttpTestClient.basic(port, "quantri").putJson("/api/calendar/holidays/" + NEW_YEAR,
                Map.of("name", "Tết Dương lịch", "dayOff", true));

        assertThat(management.createJobQuery().jobId(timer.getId()).singleResult().getRetries()).isEqualTo(3);
        management.executeJob(timer.getId());
        assertThat(instance).isWaitingAt("Task_RecordRecognitionVote");
    }
}
