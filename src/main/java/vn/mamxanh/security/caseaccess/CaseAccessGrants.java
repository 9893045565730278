package vn.mamxanh.security.caseaccess;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.security.scope.AccessScopes;

/**
 * Gives the readers of a case ({@link AccessScopes#readersOf}) read access to its process instances, tasks and
 * their history as the engine creates them, and gives a person a task is assigned to in person
 * (a mentor) read access to that case. Attached to every process by {@link CaseAccessParseListener}.
 */
@Component
public class CaseAccessGrants {


    private final AccessScopes scopes;
    private final CaseRepository cases;

    public CaseAccessGrants(AccessScopes scopes, CaseRepository cases) {
        this.scopes = scopes;
        this.cases = cases;
    }

    private Optional<Set<String>> readersOf(String caseId) {
        return cases.find(caseId).map(scopes::readersOf);
    }

    ExecutionListener onProcessStart() {
        return this::grantCaseReaders;
    }

    /**
     * Grants the case's readers its process instance. Runs when a process starts; a case that is
     * created by the process itself (the start form, {@code introduceCandidate}) calls it once the
     * case id is known, so that case is readable from its first step like one created by the API.
     */
    public void grantCaseReaders(DelegateExecution execution) {
        withoutAuthorization(context ->
                caseOf(execution).flatMap(this::readersOf).ifPresent(groups ->
                        grantInstance(context, execution.getProcessInstanceId(), groups)));
    }

    TaskListener onTaskCreate() {
        return task -> withoutAuthorization(context -> caseOf(task).flatMap(this::readersOf)
                .ifPresent(groups -> grantTask(context, task.getId(), groups, candidateGroups(task))));
    }

    TaskListener onAssignment() {
        return task -> withoutAuthorization(context -> {
            if (task.getAssignee() == null || caseOf(task).isEmpty()) {
                return;
            }
            for (String instance : instancesOf(task)) {
                grantPerson(context, task.getAssignee(), instance);
            }
        });
    }

    void grantPerson(CommandContext context, String userId, String processInstanceId) {
        EngineGrants.grantUser(context, userId, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        EngineGrants.grantUser(context, userId, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, Permissions.READ);
    }

    void grantInstance(CommandContext context, String processInstanceId, Set<String> groups) {
        for (String group : groups) {
            EngineGrants.grantGroup(context, group, Resources.PROCESS_INSTANCE, processInstanceId, Permissions.READ);
            EngineGrants.grantGroup(context, group, Resources.HISTORIC_PROCESS_INSTANCE, processInstanceId, Permissions.READ);
        }
    }

    /** Candidates already get read and work rights from the engine; the other readers only read. */
    void grantTask(CommandContext context, String taskId, Set<String> groups, Set<String> candidates) {
        for (String group : groups) {
            if (!candidates.contains(group)) {
                EngineGrants.grantGroup(context, group, Resources.TASK, taskId, Permissions.READ);
            }
            EngineGrants.grantGroup(context, group, Resources.HISTORIC_TASK, taskId, Permissions.READ);
        }
    }

    static Set<String> candidateGroups(DelegateTask task) {
        Set<String> groups = new LinkedHashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups;
    }

    /** The task's own instance and the case's root instance, which is what lists and history show. */
    private static Set<String> instancesOf(DelegateTask task) {
        Set<String> instances = new LinkedHashSet<>();
        if (task.getProcessInstanceId() != null) {
            instances.add(task.getProcessInstanceId());
        }
        if (task.getExecution() instanceof ExecutionEntity execution && execution.getRootProcessInstanceId() != null) {
            instances.add(execution.getRootProcessInstanceId());
        }
        return instances;
    }

    private static Optional<String> caseOf(DelegateExecution execution) {
        return caseOf((VariableScope) execution);
    }

    private static Optional<String> caseOf(DelegateTask task) {
        return task.getExecution() == null ? Optional.empty() : caseOf((VariableScope) task);
    }

    private static Optional<String> caseOf(VariableScope scope) {
        try {
            return Optional.ofNullable(CaseVariables.caseId(scope));
        } catch (IllegalStateException noCase) {
            // processes that are not about a case (none yet, but a model may add one) get no case grants
            return Optional.empty();
        }
    }

    private static void withoutAuthorization(java.util.function.Consumer<CommandContext> work) {
        CommandContext context = Context.getCommandContext();
        context.runWithoutAuthorization(() -> {
            work.accept(context);
            return null;
        });
    }
}
