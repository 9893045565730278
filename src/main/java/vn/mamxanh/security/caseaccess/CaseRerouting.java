package vn.mamxanh.security.caseaccess;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.organisation.MemberMoved;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitCreated;
import vn.mamxanh.organisation.UnitFunctionsChanged;
import vn.mamxanh.organisation.UnitMoved;
import vn.mamxanh.security.scope.AccessScopes;

/**
 * When the org chart changes under open cases, their work follows it: open tasks move to the
 * groups that now own the step, read access moves from the old bodies to the new ones, and a
 * member who leaves a branch hands back the work they held in person for its cases.
 * Runs in the transaction of the change, so a move and its consequences commit together.
 */
@Component
public class CaseRerouting {

    private final CaseRepository cases;
    private final AccessScopes scopes;
    private final CaseAccessGrants grants;
    private final OrganisationRepository organisation;
    private final TaskService tasks;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engine;

    public CaseRerouting(CaseRepository cases, AccessScopes scopes, CaseAccessGrants grants,
                         OrganisationRepository organisation, ProcessEngine processEngine) {
        this.cases = cases;
        this.scopes = scopes;
        this.grants = grants;
        this.organisation = organisation;
        this.tasks = processEngine.getTaskService();
        this.history = processEngine.getHistoryService();
        this.runtime = processEngine.getRuntimeService();
        this.identity = processEngine.getIdentityService();
        this.engine = (ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
    }

    @EventListener
    public void unitMoved(UnitMoved moved) {
        rerouteCasesUnder(moved.unitId());
    }

    /** A committee's body set up after cases were opened (a new inspection commission, say) reads and routes them too. */
    @EventListener
    public void unitCreated(UnitCreated created) {
        Unit unit = created.unit();
        if (unit.kind().isCommitteeBody() && unit.parentId() != null) {
            rerouteCasesUnder(unit.parentId());
        }
    }

    /** A unit that gains or loses a function (a committee authorised to admit, say) takes over or hands on open steps. */
    @EventListener
    public void functionsChanged(UnitFunctionsChanged changed) {
        organisation.findUnit(changed.unitId()).ifPresent(unit ->
                rerouteCasesUnder(unit.kind().isCommitteeBody() && unit.parentId() != null ? unit.parentId() : unit.id()));
    }

    private void rerouteCasesUnder(String unitId) {
        for (String branch : scopes.branchesUnder(unitId)) {
            for (CandidateCase c : cases.findByBranch(branch)) {
                reroute(c.id());
            }
        }
    }

    @EventListener
    public void memberMoved(MemberMoved moved) {
        if (moved.fromBranchId() == null) {
            return;
        }
        inCommand(context -> {
            Set<String> groupsNow = new LinkedHashSet<>(identity.createGroupQuery().groupMember(moved.personId()).list()
                    .stream().map(Group::getId).toList());
            for (Task task : tasks.createTaskQuery().taskAssignee(moved.personId()).list()) {
                handBack(context, task, moved, groupsNow);
            }
        });
    }

    /** Brings a case's open tasks and read access in line with where its branch sits now. */
    public void reroute(String caseId) {
        inCommand(context -> cases.find(caseId).ifPresent(c -> reroute(context, c)));
    }

    private void reroute(CommandContext context, CandidateCase c) {
        Set<String> caseReaders = scopes.readersOf(c);
        Set<String> instances = instancesOf(c.id());
        for (String instance : instances) {
            dropStaleGroups(context, Resources.PROCESS_INSTANCE, instance, caseReaders);
            dropStaleGroups(context, Resources.HISTORIC_PROCESS_INSTANCE, instance, caseReaders);
            grants.grantInstance(context, instance, caseReaders);
        }
        if (instances.isEmpty()) {
            return;
        }
        for (Task task : tasks.createTaskQuery().processInstanceIdIn(instances.toArray(String[]::new)).list()) {
            Set<String> candidates = rerouteCandidates(context, task.getId());
            Set<String> allowed = new LinkedHashSet<>(caseReaders);
            allowed.addAll(candidates);
            dropStaleGroups(context, Resources.TASK, task.getId(), allowed);
            dropStaleGroups(context, Resources.HISTORIC_TASK, task.getId(), allowed);
            grants.grantTask(context, task.getId(), caseReaders, candidates);
        }
        for (String instance : instances) {
            for (HistoricTaskInstance done : history.createHistoricTaskInstanceQuery().processInstanceId(instance).finished().list()) {
                dropStaleGroups(context, Resources.HISTORIC_TASK, done.getId(), caseReaders);
                for (String group : caseReaders) {
                    EngineGrants.grantGroup(context, group, Resources.HISTORIC_TASK, done.getId(), Permissions.READ);
                }
            }
        }
    }

    /**
     * The step's owner is asked again, from the model's own candidate-group expression
     * ({@code ${caseRouting...}}), so the task goes wherever routing sends a new one today; groups of the
     * org chart it no longer names are taken off. Groups added by hand (not of the org chart) stay.
     */
    private Set<String> rerouteCandidates(CommandContext context, String taskId) {
        Set<String> before = candidateGroups(taskId);
        TaskEntity task = context.getTaskManager().findTaskById(taskId);
        TaskDefinition definition = task == null ? null : task.getTaskDefinition();
        if (definition == null || definition.getCandidateGroupIdExpressions().isEmpty() || task.getExecution() == null) {
            return before;
        }
        Set<String> now = new LinkedHashSet<>();
        try {
            for (Expression expression : definition.getCandidateGroupIdExpressions()) {
                Object value = expression.getValue(task.getExecution());
                if (value != null) {
                    for (String group : value.toString().split(",")) {
                        if (!group.isBlank()) {
                            now.add(group.trim());
                        }
                    }
                }
            }
        } catch (RuntimeException noSuchBody) {
            // the new place in the tree has no unit for this step yet: leave the task where it is rather than orphan it
            return before;
        }
        for (String group : before) {
            if (!now.contains(group) && scopes.roleOfGroup(group).isPresent()) {
                tasks.deleteCandidateGroup(taskId, group);
            } else {
                now.add(group);
            }
        }
        for (String group : now) {
            if (!before.contains(group)) {
                tasks.addCandidateGroup(taskId, group);
            }
        }
        return now;
    }

    private void handBack(CommandContext context, Task task, MemberMoved moved, Set<String> groupsNow) {
        String caseId = caseIdOf(task);
        CandidateCase c = caseId == null ? null : cases.find(caseId).orElse(null);
        if (c == null || !c.branchId().equals(moved.fromBranchId())) {
            return;
        }
        Set<String> candidates = candidateGroups(task.getId());
        if (candidates.stream().anyMatch(groupsNow::contains)) {
            return;
        }
        tasks.setAssignee(task.getId(), null);
        if (candidates.isEmpty()) {
            // work given to them in person (a mentor's) goes back to the secretary, who chooses someone else
            tasks.addCandidateGroup(task.getId(), Role.SECRETARY.groupIdIn(c.branchId()));
        }
        dropUser(context, Resources.TASK, task.getId(), moved.personId());
        dropUser(context, Resources.HISTORIC_TASK, task.getId(), moved.personId());
        for (String instance : instancesOf(c.id())) {
            dropUser(context, Resources.PROCESS_INSTANCE, instance, moved.personId());
            dropUser(context, Resources.HISTORIC_PROCESS_INSTANCE, instance, moved.personId());
        }
    }

    private void dropStaleGroups(CommandContext context, Resource resource, String resourceId, Set<String> keep) {
        for (AuthorizationEntity grant : EngineGrants.grantsOn(context, resource, resourceId)) {
            String group = grant.getGroupId();
            if (group != null && !keep.contains(group) && scopes.roleOfGroup(group).isPresent()) {
                EngineGrants.revoke(context, grant);
            }
        }
    }

    private void dropUser(CommandContext context, Resource resource, String resourceId, String userId) {
        for (AuthorizationEntity grant : EngineGrants.grantsOn(context, resource, resourceId)) {
            if (userId.equals(grant.getUserId())) {
                EngineGrants.revoke(context, grant);
            }
        }
    }

    private Set<String> candidateGroups(String taskId) {
        Set<String> groups = new LinkedHashSet<>();
        for (IdentityLink link : tasks.getIdentityLinksForTask(taskId)) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups;
    }

    private Set<String> instancesOf(String caseId) {
        Set<String> ids = new LinkedHashSet<>();
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).list().stream()
                .map(HistoricProcessInstance::getId).forEach(ids::add);
        history.createHistoricProcessInstanceQuery().variableValueEquals(CaseVariables.CASE_ID, caseId).list().stream()
                .map(HistoricProcessInstance::getId).forEach(ids::add);
        return ids;
    }

    private String caseIdOf(Task task) {
        if (task.getProcessInstanceId() == null) {
            return null;
        }
        Object caseId = runtime.getVariable(task.getProcessInstanceId(), CaseVariables.CASE_ID);
        if (caseId != null) {
            return caseId.toString();
        }
        return runtime.createProcessInstanceQuery().processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
    }

    private void inCommand(java.util.function.Consumer<CommandContext> work) {
        engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
            work.accept(context);
            return null;
        }));
    }
}
