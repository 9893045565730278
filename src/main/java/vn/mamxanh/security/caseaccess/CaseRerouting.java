package vn.mamxanh.security.caseaccess;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseRouting;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.organisation.MemberMoved;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitKind;
import vn.mamxanh.organisation.UnitCreated;
import vn.mamxanh.organisation.UnitMoved;

/**
 * When the org chart changes under open cases, their work follows it: open tasks move to the
 * groups that now own the step, read access moves from the old bodies to the new ones, and a
 * member who leaves a branch hands back the work they held in person for its cases.
 * Runs in the transaction of the change, so a move and its consequences commit together.
 */
@Component
public class CaseRerouting {

    private final CaseRepository cases;
    private final CaseRouting routing;
    private final CaseReaders readers;
    private final CaseAccessGrants grants;
    private final OrganisationRepository organisation;
    private final TaskService tasks;
    private final HistoryService history;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final ProcessEngineConfigurationImpl engine;

    public CaseRerouting(CaseRepository cases, CaseRouting routing, CaseReaders readers, CaseAccessGrants grants,
                         OrganisationRepository organisation, ProcessEngine processEngine) {
        this.cases = cases;
        this.routing = routing;
        this.readers = readers;
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
        for (String branch : branchesUnder(moved.unitId())) {
            for (CandidateCase c : cases.findByBranch(branch)) {
                reroute(c.id());
            }
        }
    }

    /** A district body set up after cases were opened (a new inspection commission, say) reads them too. */
    @EventListener
    public void unitCreated(UnitCreated created) {
        Unit unit = created.unit();
        boolean districtBody = EnumSet.of(UnitKind.POLITICAL_CENTRE, UnitKind.ORGANISATION_BOARD,
                UnitKind.STANDING_COMMITTEE, UnitKind.INSPECTION_COMMISSION).contains(unit.kind());
        if (districtBody && unit.parentId() != null) {
            unitMoved(new UnitMoved(unit.parentId(), null, null));
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
        Set<String> caseReaders = readers.of(c);
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
            Set<String> candidates = rerouteCandidates(c, task.getId());
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

    /** Candidate groups of the org chart are swapped for the group that holds the same role for the case today. */
    private Set<String> rerouteCandidates(CandidateCase c, String taskId) {
        Set<String> now = new LinkedHashSet<>();
        for (String group : candidateGroups(taskId)) {
            String target = readers.roleOfGroup(group).map(role -> currentGroup(c, role, group)).orElse(group);
            if (!target.equals(group)) {
                tasks.deleteCandidateGroup(taskId, group);
                tasks.addCandidateGroup(taskId, target);
            }
            now.add(target);
        }
        return now;
    }

    private String currentGroup(CandidateCase c, Role role, String fallback) {
        try {
            return routing.groupFor(c.id(), role);
        } catch (RuntimeException noSuchBody) {
            // the new place in the tree has no such body yet: leave the task where it is rather than orphan it
            return fallback;
        }
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
            if (group != null && !keep.contains(group) && readers.roleOfGroup(group).isPresent()) {
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

    private List<String> branchesUnder(String unitId) {
        List<String> branches = new java.util.ArrayList<>();
        organisation.findUnit(unitId).ifPresent(unit -> collectBranches(unit, branches));
        return branches;
    }

    private void collectBranches(Unit unit, List<String> branches) {
        if (unit.kind() == UnitKind.BRANCH) {
            branches.add(unit.id());
        }
        for (Unit child : organisation.findChildren(unit.id())) {
            collectBranches(child, branches);
        }
    }

    private void inCommand(java.util.function.Consumer<CommandContext> work) {
        engine.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
            work.accept(context);
            return null;
        }));
    }
}
