package vn.mamxanh.resolution;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.runtime.Execution;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.web.ConflictException;

/**
 * Opens the extension step (Task_ExtendDecisionDeadline / Task_ExtendRecognitionDeadline) for the
 * deciding body: the message start of the decision stage's event sub-process. Only a member of the
 * deciding body opens it, only while the committee's decision is pending, and only if the deadline has
 * not been extended yet; the step itself then records the days and the reason (R09).
 */
@Service
public class DeadlineExtensionStep {

    public static final String MESSAGE = "DeadlineExtensionRequested";
    private static final String[] STEPS = {"Task_ExtendDecisionDeadline", "Task_ExtendRecognitionDeadline"};

    private final CaseRepository cases;
    private final RepositoryService repository;
    private final ProcessEngineConfiguration engineConfiguration;
    private final DeadlineExtensions extensions;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;

    DeadlineExtensionStep(CaseRepository cases, DeadlineExtensions extensions, RuntimeService runtime, TaskService tasks,
                          IdentityService identity, RepositoryService repository, ProcessEngine engine) {
        this.cases = cases;
        this.repository = repository;
        this.engineConfiguration = engine.getProcessEngineConfiguration();
        this.extensions = extensions;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** Whether the person may open the step now: the case page shows the button only then. */
    public boolean mayOpen(String caseId, String userId) {
        CandidateCase candidate = cases.find(caseId).orElse(null);
        return candidate != null && decidingBody(candidate, userId) && awaitingDecision(caseId)
                && extensions.of(caseId, purposeOf(candidate)).isEmpty() && openStep(caseId).isEmpty();
    }

    /** Opens the step and answers its task id. */
    @Transactional
    public String open(String caseId, String userId) {
        CandidateCase candidate = cases.get(caseId);
        if (!awaitingDecision(caseId)) {
            throw new ConflictException("status", "Hồ sơ " + caseId
                    + " không ở bước cấp ủy xét quyết định (kết nạp hoặc công nhận): không có thời hạn nào để gia hạn.");
        }
        if (!decidingBody(candidate, userId)) {
            throw new AccessDeniedException("only the deciding body extends its deadline");
        }
        Optional<DeadlineExtension> granted = extensions.of(caseId, purposeOf(candidate));
        if (granted.isPresent()) {
            throw new ConflictException(DeadlineExtensionRule.DAYS_FIELD, "Thời hạn quyết định của hồ sơ " + caseId
                    + " đã được gia hạn một lần (" + granted.get().extraWorkingDays() + " ngày làm việc): quy định chỉ cho gia hạn một lần.");
        }
        if (openStep(caseId).isPresent()) {
            throw new ConflictException(DeadlineExtensionRule.DAYS_FIELD, "Bước gia hạn của hồ sơ " + caseId
                    + " đã được mở và đang chờ ghi số ngày và lý do.");
        }
        // The deciding body holds no engine right to start parts of a process; the app checked who asks.
        asSystemDo(() -> runtime.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(caseId).correlate());
        return openStep(caseId).map(Task::getId).orElseThrow();
    }

    /**
     * Whoever the model gives the extension step to (its candidate groups, worked out for this case as the
     * engine would when it creates the task) may open it: the routing lives in one place, the BPMN.
     */
    private boolean decidingBody(CandidateCase candidate, String userId) {
        Execution scope = asSystem(() -> runtime.createExecutionQuery().processInstanceBusinessKey(candidate.id())
                .messageEventSubscriptionName(MESSAGE).list().stream().findFirst().orElse(null));
        if (scope == null) {
            return false;
        }
        String definitionId = asSystem(() -> runtime.createProcessInstanceQuery()
                .processInstanceId(scope.getProcessInstanceId()).singleResult().getProcessDefinitionId());
        BpmnModelInstance model = repository.getBpmnModelInstance(definitionId);
        Optional<String> groupsExpression = java.util.Arrays.stream(STEPS)
                .map(step -> model.<UserTask>getModelElementById(step)).filter(java.util.Objects::nonNull)
                .map(UserTask::getCamundaCandidateGroups).filter(java.util.Objects::nonNull).findFirst();
        if (groupsExpression.isEmpty()) {
            return false;
        }
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engineConfiguration;
        String groups = configuration.getCommandExecutorTxRequired().execute(command -> {
            ExecutionEntity execution = command.getExecutionManager().findExecutionById(scope.getId());
            Object value = configuration.getExpressionManager().createExpression(groupsExpression.get()).getValue(execution);
            return value == null ? "" : value.toString();
        });
        return java.util.Arrays.stream(groups.split(",")).map(String::strip).filter(group -> !group.isEmpty())
                .anyMatch(group -> identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0);
    }

    private boolean awaitingDecision(String caseId) {
        return asSystem(() -> runtime.createExecutionQuery().processInstanceBusinessKey(caseId)
                .messageEventSubscriptionName(MESSAGE).count() > 0);
    }

    private Optional<Task> openStep(String caseId) {
        return asSystem(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKeyIn(STEPS)
                .list().stream().findFirst());
    }

    private static Purpose purposeOf(CandidateCase candidate) {
        return candidate.status() == CaseStatus.PROBATIONARY ? Purpose.RECOGNITION : Purpose.ADMISSION;
    }

    private <T> T asSystem(java.util.function.Supplier<T> action) {
        Authentication acting = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return action.get();
        } finally {
            if (acting != null) {
                identity.setAuthentication(acting);
            }
        }
    }

    private void asSystemDo(Runnable action) {
        asSystem(() -> {
            action.run();
            return null;
        });
    }
}
