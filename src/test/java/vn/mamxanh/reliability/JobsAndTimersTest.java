package vn.mamxanh.reliability;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.testing.CaseFixtures;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;
import vn.mamxanh.testing.TestModels;

/** Timers and automatic steps: nobody but an operator can spend a job's retries, and a failing step waits, it is not lost. */
@MamXanhTest
class JobsAndTimersTest {

    private static final String PROBE = "probe-failing-step";

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    ManagementService management;
    @Autowired
    RuntimeService runtime;
    @Autowired
    RepositoryService repository;
    @Autowired
    CaseFixtures fixtures;
    @Autowired
    CaseRepository cases;
    @Autowired
    JdbcClient jdbc;

    @Test
    void Jobs_a_refused_execution_leaves_retries_untouched_and_only_an_operator_runs_or_re_times_a_job_journalled() {
        CaseJourney journey = CaseJourney.introduce(context, port);
        assertThat(journey.complete(journey.goodData(CaseJourney.REVIEW_INTRODUCTION)).status()).isEqualTo(204);
        Job timer = management.createJobQuery().processInstanceId(journey.mentoringInstanceId()).timers().singleResult();
        int retries = timer.getRetries();

        for (String reader : new String[] {"bithu.dong", "bithu.dong", "bithu.dong", "chiuy.dong", "ubkt.kiemtra"}) {
            HttpTestClient client = HttpTestClient.basic(port, reader);
            Response execute = client.postJson("/engine-rest/job/" + timer.getId() + "/execute", "");
            assertThat(execute.status()).as(reader + ": " + execute.body()).isEqualTo(403);
            if (!reader.startsWith("ubkt")) { // an auditor is stopped earlier still, by the auditors' read-only rule
                assertThat(execute.json().path("field").asText()).as(reader).isEqualTo("jobId");
            }
            assertThat(client.putJson("/engine-rest/job/" + timer.getId() + "/retries", Map.of("retries", 0)).status()).isEqualTo(403);
            assertThat(client.putJson("/engine-rest/job/" + timer.getId() + "/duedate", Map.of("duedate", "2030-01-01T00:00:00.000+0700"))
                    .status()).isEqualTo(403);
        }
        Job after = management.createJobQuery().jobId(timer.getId()).singleResult();
        assertThat(after.getRetries()).as("retries").isEqualTo(retries);
        assertThat(after.getDuedate()).isEqualTo(timer.getDuedate());
        assertThat(runtime.createIncidentQuery().processInstanceId(journey.mentoringInstanceId()).count()).isZero();

        Response run = HttpTestClient.basic(port, "vanhanh").postJson("/engine-rest/job/" + timer.getId() + "/execute", "");
        assertThat(run.status()).as(run.body()).isEqualTo(204);
        assertThat(journey.openTask().getTaskDefinitionKey()).as("the timer fired once").isEqualTo(CaseJourney.REPORT_MENTORING_PROGRESS);
        assertThat(jdbc.sql("select count(*) from audit_journal where action = 'JOB_RUN_BY_OPERATOR' and case_id = ? and actor = 'vanhanh'")
                .param(journey.caseId()).query(Long.class).single()).as("journalled on the case").isEqualTo(1);
    }

    @Test
    void Jobs_a_failing_service_step_is_retried_with_back_off_then_an_incident_in_cockpit_and_on_the_case_page_and_retried_after_the_fix() {
        TestModels.deployOnce(repository, probe());
        CandidateCase c = fixtures.openCase(DemoOrganisation.BRANCH_EAST, "Hồ Văn Thử " + CaseFixtures.unique("j"), CaseStage.MENTORING);
        String instance = fixtures.startProcess(PROBE, c);

        Date previousDue = null;
        long previousWait = 0;
        int attempts = 0;
        Job job = jobOf(instance);
        while (job.getRetries() > 0) {
            Throwable failure = catchThrowable(() -> management.executeJob(jobOf(instance).getId()));
            assertThat(failure).as("the step fails while it is broken").isNotNull();
            attempts++;
            job = jobOf(instance);
            if (job.getRetries() > 0) {
                long wait = job.getDuedate().getTime() - ClockUtil.getCurrentTime().getTime();
                assertThat(wait).as("waits at least 5 minutes, longer each time").isGreaterThanOrEqualTo(5 * 60_000L - 10_000L)
                        .isGreaterThan(previousWait);
                previousWait = wait;
                previousDue = job.getDuedate();
                ClockUtil.setCurrentTime(new Date(previousDue.getTime() + 1000));
            }
        }
        System.out.printf("Jobs: a failing step was tried %d times with growing waits before becoming an incident%n", attempts);
        assertThat(attempts).isGreaterThanOrEqualTo(3);
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isEqualTo(1);

        HttpTestClient operator = HttpTestClient.basic(port, "vanhanh");
        assertThat(operator.get("/engine-rest/incident?processInstanceId=" + instance).json()).as("Cockpit's view").hasSize(1);
        String page = HttpTestClient.loggedIn(port, "bithu.dong").get("/cases/" + c.id(), "text/html").body();
        assertThat(page).contains("Sự cố kỹ thuật").contains("Ghi kết quả thử");

        runtime.setVariable(instance, "fixed", true);
        String jobId = jobOf(instance).getId();
        assertThat(operator.putJson("/engine-rest/job/" + jobId + "/retries", Map.of("retries", 1)).status()).isEqualTo(204);
        assertThat(operator.postJson("/engine-rest/job/" + jobId + "/execute", "").status()).isEqualTo(204);

        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
        assertThat(runtime.createExecutionQuery().processInstanceId(instance).activityId("Task_AfterProbe").count()).isEqualTo(1);
        assertThat(cases.get(c.id()).status()).as("the case is still there").isEqualTo(CaseStatus.OPEN);
        assertThat(HttpTestClient.loggedIn(port, "bithu.dong").get("/cases/" + c.id(), "text/html").body()).doesNotContain("Sự cố kỹ thuật");
    }

    private Job jobOf(String instance) {
        return management.createJobQuery().processInstanceId(instance).singleResult();
    }

    private static BpmnModelInstance probe() {
        return Bpmn.createExecutableProcess(PROBE).name("Thử bước tự động hỏng")
                .startEvent()
                .serviceTask("Task_Probe").name("Ghi kết quả thử").camundaAsyncBefore().camundaExpression("${fixed}")
                .camundaFailedJobRetryTimeCycle("PT5M,PT30M,PT2H")
                .userTask("Task_AfterProbe").name("Xem kết quả thử")
                .endEvent()
                .done();
    }
}
