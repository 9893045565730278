package vn.mamxanh.mentoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.mamxanh.candidate.CaseJourney.*;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.testing.MamXanhTest;

/** The monthly mentoring report (R05): a timer opens each month's report, an overdue one is flagged. */
@MamXanhTest
class MentoringScenarioTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ProcessEngine engine;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ManagementService management;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;

    @Test
    void each_month_a_timer_gives_the_mentor_a_report_task_until_the_branch_judges_the_candidate_ready() {
        CaseJourney journey = CaseJourney.introduce(context, port);
        journey.complete(journey.goodData(REVIEW_INTRODUCTION));
        ProcessInstance mentoring = mentoring(journey);
        assertThat(mentoring).isWaitingAt("TimerEvent_ReportPeriodOpens");

        YearMonth first = YearMonth.from(today()).plusMonths(1);
        Job timer = periodTimer(mentoring);
        assertThat(timer.getDuedate()).isEqualTo(at(first.atDay(1).atStartOfDay()));
        management.executeJob(timer.getId());

        Task report = journey.openTask();
        assertThat(report.getTaskDefinitionKey()).isEqualTo(REPORT_MENTORING_PROGRESS);
        assertThat(report.getAssignee()).isEqualTo("dangvien.dong1");
        assertThat(report.getDueDate()).isEqualTo(at(first.atDay(25).atTime(23, 59, 59)));
        assertThat(journey.complete(journey.goodData(REPORT_MENTORING_PROGRESS)).status()).isEqualTo(204);
        assertThat(journey.complete(Map.of("readiness", "KEEP_MENTORING")).status()).isEqualTo(204);

        // Kept mentoring: the next month's report opens on the first of the month after.
        assertThat(mentoring).isWaitingAt("TimerEvent_ReportPeriodOpens");
        assertThat(periodTimer(mentoring).getDuedate()).isEqualTo(at(first.plusMonths(1).atDay(1).atStartOfDay()));
        journey.runReportPeriodTimer();
        journey.complete(journey.goodData(REPORT_MENTORING_PROGRESS));
        journey.complete(Map.of("readiness", "READY"));

        assertThat(mentoring).isEnded().hasPassed("EndEvent_Ready");
        assertThat(journey.processInstance()).isWaitingAt(PROPOSE_FOR_AWARENESS_CLASS);
        assertThat(jdbc.sql("select period from mentoring_report where case_id = ? order by id").param(journey.caseId())
                .query(String.class).list()).containsExactly(first.toString(), first.plusMonths(1).toString());
    }

    @Test
    void a_report_not_in_by_the_due_day_gives_the_secretary_a_chase_task_that_closes_when_the_report_comes_in() {
        CaseJourney journey = CaseJourney.introduce(context, port);
        journey.complete(journey.goodData(REVIEW_INTRODUCTION));
        ProcessInstance mentoring = mentoring(journey);
        YearMonth period = YearMonth.from(today()).plusMonths(1);
        journey.runReportPeriodTimer();

        Job overdue = overdueTimer(mentoring);
        assertThat(overdue.getDuedate()).isEqualTo(at(period.atDay(26).atStartOfDay()));
        ClockUtil.setCurrentTime(at(period.atDay(27).atTime(9, 0)));
        management.executeJob(overdue.getId());

        assertThat(flaggedOverdue(journey)).isTrue();
        assertThat(mentoring).isWaitingAt(REPORT_MENTORING_PROGRESS, CHASE_OVERDUE_REPORT);
        Task chase = tasks.createTaskQuery().processInstanceBusinessKey(journey.caseId()).taskCandidateUser("bithu.dong")
                .taskDefinitionKey(CHASE_OVERDUE_REPORT).singleResult();
        assertThat(chase.getName()).isEqualTo("Đôn đốc báo cáo giúp đỡ quá hạn");
        // the other branch's secretary does not see it
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(journey.caseId()).taskCandidateUser("bithu.tay").count()).isZero();

        assertThat(journey.completeStep(REPORT_MENTORING_PROGRESS, journey.goodData(REPORT_MENTORING_PROGRESS)).status()).isEqualTo(204);

        assertThat(journey.openTask(CHASE_OVERDUE_REPORT)).isNull();
        assertThat(mentoring).isWaitingAt(REVIEW_MENTORING_REPORT).hasPassed("EndEvent_ReportIn");
        assertThat(flaggedOverdue(journey)).isFalse();
        assertThat(jdbc.sql("select overdue from mentoring_report where case_id = ?").param(journey.caseId())
                .query(Boolean.class).single()).isTrue();
    }

    @Test
    void the_secretary_records_how_the_mentor_was_chased_and_the_report_stays_with_the_mentor() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(REPORT_MENTORING_PROGRESS);
        ProcessInstance mentoring = mentoring(journey);
        YearMonth period = YearMonth.from(today()).plusMonths(1);
        ClockUtil.setCurrentTime(at(period.atDay(27).atTime(9, 0)));
        management.executeJob(overdueTimer(mentoring).getId());

        var empty = journey.completeStep(CHASE_OVERDUE_REPORT, Map.of("chaseNote", " "));
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("field").asText()).isEqualTo("chaseNote");
        assertThat(journey.openTask(CHASE_OVERDUE_REPORT)).isNotNull();

        assertThat(journey.completeStep(CHASE_OVERDUE_REPORT,
                Map.of("chaseNote", "Đã gọi điện nhắc đồng chí Cường, hẹn nộp trước ngày 30.")).status()).isEqualTo(204);
        Map<String, Object> chase = jdbc.sql("select * from overdue_report_chase where case_id = ?").param(journey.caseId())
                .query().singleRow();
        assertThat(chase.get("period")).isEqualTo(period.toString());
        assertThat(chase.get("chased_by")).isEqualTo("bithu.dong");
        assertThat(chase.get("note")).isEqualTo("Đã gọi điện nhắc đồng chí Cường, hẹn nộp trước ngày 30.");
        assertThat(mentoring).isWaitingAt(REPORT_MENTORING_PROGRESS);
        assertThat(journey.openTask().getTaskDefinitionKey()).isEqualTo(REPORT_MENTORING_PROGRESS);
    }

    @Test
    void a_report_with_no_substance_is_refused_and_the_task_stays_with_the_mentor() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(REPORT_MENTORING_PROGRESS);
        String taskId = journey.openTask().getId();

        var refused = journey.complete(Map.of("progress", "Tốt."));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().get("field").asText()).isEqualTo("progress");
        assertThat(journey.openTask().getId()).isEqualTo(taskId);
        assertThat(jdbc.sql("select count(*) from mentoring_report where case_id = ?").param(journey.caseId())
                .query(Long.class).single()).isZero();
    }

    private ProcessInstance mentoring(CaseJourney journey) {
        return runtime.createProcessInstanceQuery().processDefinitionKey("mentoring")
                .processInstanceBusinessKey(journey.caseId()).singleResult();
    }

    private Job overdueTimer(ProcessInstance mentoring) {
        return management.createJobQuery().processInstanceId(mentoring.getId())
                .activityId("BoundaryEvent_ReportOverdue").singleResult();
    }

    private Job periodTimer(ProcessInstance mentoring) {
        return management.createJobQuery().processInstanceId(mentoring.getId())
                .activityId("TimerEvent_ReportPeriodOpens").singleResult();
    }

    private boolean flaggedOverdue(CaseJourney journey) {
        return jdbc.sql("select overdue from candidate_case where id = ?").param(journey.caseId()).query(Boolean.class).single();
    }

    private static Date at(LocalDateTime time) {
        return Date.from(time.atZone(ZoneId.systemDefault()).toInstant());
    }

}
