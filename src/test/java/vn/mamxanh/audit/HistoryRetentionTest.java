package vn.mamxanh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mamxanh.audit.AuditTestCases.as;
import static vn.mamxanh.audit.AuditTestCases.at;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.testing.MamXanhTest;

/** History of a closed case is kept 20 years after it ends (mamxanh.audit.retention); open cases keep everything. */
@MamXanhTest
class HistoryRetentionTest {

    private static final Duration TWENTY_YEARS = Duration.ofDays(7300);

    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseRepository cases;
    @Autowired
    AuditSettings settings;

    @Test
    void the_engine_cleans_up_by_removal_time_in_a_nightly_window_with_twenty_years_retention() {
        var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        assertThat(settings.retention()).isEqualTo(TWENTY_YEARS);
        assertThat(configuration.getHistoryCleanupStrategy()).isEqualTo("removalTimeBased");
        assertThat(configuration.getHistoryRemovalTimeStrategy()).isEqualTo("end");
        assertThat(configuration.getHistoryCleanupBatchWindowStartTime()).isEqualTo("22:00");
        assertThat(configuration.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        for (ProcessDefinition definition : engine.getRepositoryService().createProcessDefinitionQuery().list()) {
            assertThat(definition.getHistoryTimeToLive()).as(definition.getKey()).isEqualTo(7300);
        }
    }

    @Test
    void a_model_deployed_with_a_shorter_time_to_live_still_keeps_its_history_twenty_years() {
        var model = Bpmn.createExecutableProcess("audit-short-lived").camundaHistoryTimeToLive(5)
                .startEvent().userTask().endEvent().done();
        String deployment = engine.getRepositoryService().createDeployment().addModelInstance("audit-short-lived.bpmn", model)
                .deploy().getId();
        ProcessDefinition definition = engine.getRepositoryService().createProcessDefinitionQuery()
                .deploymentId(deployment).singleResult();
        assertThat(definition.getHistoryTimeToLive()).isEqualTo(7300);
    }

    @Test
    void an_ended_case_is_removed_twenty_years_after_its_end_and_an_open_case_never() {
        Instant ended = at("2026-06-01T10:00:00");
        ProcessInstance closed = start();
        engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(closed.getId()).singleResult().getId(),
                AuditTestCases.DECLINE);
        ProcessInstance open = start();

        HistoricProcessInstance closedHistory = history(closed);
        assertThat(closedHistory.getRemovalTime()).isEqualTo(Date.from(ended.plus(TWENTY_YEARS)));
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(closed.getId()).singleResult()
                .getRemovalTime()).isEqualTo(Date.from(ended.plus(TWENTY_YEARS)));
        assertThat(history(open).getRemovalTime()).as("an open case has no removal time").isNull();

        // nineteen years on, the nightly cleanup runs and removes nothing of either case
        ClockUtil.setCurrentTime(Date.from(ended.plus(Duration.ofDays(19 * 365))));
        Job cleanup = engine.getHistoryService().cleanUpHistoryAsync(true);
        engine.getManagementService().executeJob(cleanup.getId());
        assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceIds(java.util.Set.of(closed.getId(), open.getId())).count()).isEqualTo(2);
        assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceId(closed.getId()).count()).isOne();
    }

    private ProcessInstance start() {
        String caseId = AuditTestCases.newCase(cases, DemoOrganisation.BRANCH_EAST, "Lưu Trữ");
        return as(engine, "doan.anhoa", () -> engine.getRuntimeService().startProcessInstanceByKey("candidate-admission", caseId,
                Map.of("caseId", caseId, "branchId", DemoOrganisation.BRANCH_EAST)));
    }

    private HistoricProcessInstance history(ProcessInstance instance) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
    }
}
