package vn.mamxanh.casework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.history.UserOperationLogEntry;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseVariables;

/**
 * What the engine knows about a case: its open tasks and the history of every process it ran,
 * found by business key (the case id) or by the {@code caseId} variable of called processes.
 */
@Component
public class CaseProcesses {

    /** Steps a person recognises; gateways and flows are left out of the timeline. */
    private static final Set<String> SHOWN_ACTIVITY_TYPES =
            Set.of("startEvent", "userTask", "serviceTask", "sendTask", "callActivity", "endEvent", "noneEndEvent",
                    "intermediateTimer", "boundaryTimer", "boundaryError", "boundaryMessage", "intermediateMessageCatch",
                    "messageEndEvent", "errorEndEvent", "terminateEndEvent");

    private final TaskService tasks;
    private final HistoryService history;
    private final IdentityService identity;
    private final EngineReads reads;
    private final TaskForms forms;
    private final ManagementService management;
    private final RepositoryService repository;
    private final RuntimeService runtime;

    public CaseProcesses(TaskService tasks, HistoryService history, IdentityService identity, EngineReads reads,
                         TaskForms forms, ManagementService management, RepositoryService repository,
                         RuntimeService runtime) {
        this.management = management;
        this.repository = repository;
        this.runtime = runtime;
        this.tasks = tasks;
        this.forms = forms;
        this.history = history;
        this.identity = identity;
        this.reads = reads;
    }

    public List<OpenTask> openTasks(String caseId, String viewerId) {
        return reads.read(() -> {
            Set<String> viewerGroups = identity.createGroupQuery().groupMember(viewerId).list().stream()
                    .map(Group::getId).collect(Collectors.toSet());
            return tasksOf(caseId).stream()
                .map(task -> {
                    List<String> groups = tasks.getIdentityLinksForTask(task.getId()).stream()
                            .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                            .map(IdentityLink::getGroupId).toList();
                    boolean workable = viewerId.equals(task.getAssignee())
                            || (task.getAssignee() == null && groups.stream().anyMatch(viewerGroups::contains));
                    return new OpenTask(task.getId(), task.getName(), task.getCreateTime().toInstant(),
                            task.getDueDate() == null ? null : task.getDueDate().toInstant(), nameOfUser(task.getAssignee()),
                            groups.stream().map(this::nameOfGroup).toList(), workable,
                            workable ? forms.fieldsOf(task.getId()) : List.of());
                })
                .sorted(Comparator.comparing(OpenTask::created))
                .toList();
        });
    }

    /** Who did a step: the assignee, or for a task completed without claiming it, who completed it. */
    private String actorOf(HistoricActivityInstance activity) {
        if (activity.getAssignee() != null || activity.getTaskId() == null || activity.getEndTime() == null) {
            return activity.getAssignee();
        }
        return history.createUserOperationLogQuery().taskId(activity.getTaskId())
                .operationType(UserOperationLogEntry.OPERATION_TYPE_COMPLETE).list().stream()
                .map(UserOperationLogEntry::getUserId).filter(java.util.Objects::nonNull).findFirst().orElse(null);
    }

    private String nameOfGroup(String groupId) {
        Group group = identity.createGroupQuery().groupId(groupId).singleResult();
        return group == null || group.getName() == null ? groupId : group.getName();
    }

    private String nameOfUser(String userId) {
        if (userId == null) {
            return null;
        }
        User user = identity.createUserQuery().userId(userId).singleResult();
        return user == null ? userId : (user.getFirstName() + " " + user.getLastName()).trim();
    }

    /** The name of the open task with this id, if it belongs to the case. */
    public java.util.Optional<String> openTaskName(String taskId, String caseId) {
        return reads.read(() -> tasksOf(caseId).stream().filter(task -> task.getId().equals(taskId))
                .map(Task::getName).findFirst());
    }

    public List<TimelineEntry> timeline(String caseId) {
        return reads.read(() -> {
            List<String> instanceIds = processInstancesOf(caseId);
            if (instanceIds.isEmpty()) {
                return List.of();
            }
            List<TimelineEntry> entries = new ArrayList<>();
            for (String instanceId : instanceIds) {
                for (HistoricActivityInstance activity : history.createHistoricActivityInstanceQuery()
                        .processInstanceId(instanceId).list()) {
                    if (!SHOWN_ACTIVITY_TYPES.contains(activity.getActivityType()) || activity.getActivityName() == null) {
                        continue;
                    }
                    boolean finished = activity.getEndTime() != null;
                    entries.add(new TimelineEntry(
                            (finished ? activity.getEndTime() : activity.getStartTime()).toInstant(),
                            activity.getActivityName(), nameOfUser(actorOf(activity)), finished));
                }
            }
            entries.sort(Comparator.comparing(TimelineEntry::at));
            return entries;
        });
    }

    /** A timer that guards a step (R09, R10, R13, R05): the step it watches and when it fires. */
    public record TimerDeadline(String step, String timerId, java.time.Instant due) {
    }

    /** The deadlines the engine is waiting on for this case, from the timers of its running processes. */
    public List<TimerDeadline> deadlines(String caseId) {
        return reads.read(() -> {
            List<TimerDeadline> deadlines = new ArrayList<>();
            for (String instanceId : runningInstancesOf(caseId)) {
                for (Job job : management.createJobQuery().processInstanceId(instanceId).timers().list()) {
                    JobDefinition definition = management.createJobDefinitionQuery()
                            .jobDefinitionId(job.getJobDefinitionId()).singleResult();
                    if (definition == null || job.getDuedate() == null) {
                        continue;
                    }
                    String step = stepGuardedBy(repository.getBpmnModelInstance(job.getProcessDefinitionId())
                            .getModelElementById(definition.getActivityId()));
                    if (step != null) {
                        deadlines.add(new TimerDeadline(step, definition.getActivityId(), job.getDuedate().toInstant()));
                    }
                }
            }
            deadlines.sort(Comparator.comparing(TimerDeadline::due));
            return deadlines;
        });
    }

    /**
     * The name of the step a timer watches: the task a boundary timer sits on, or the sub-process
     * an event sub-process's timer belongs to. Timers that only wait (a report period opening) are not deadlines.
     */
    private static String stepGuardedBy(ModelElementInstance timer) {
        if (timer instanceof BoundaryEvent boundary) {
            return boundary.getAttachedTo().getName();
        }
        if (timer instanceof StartEvent start && start.getParentElement() instanceof SubProcess eventSubProcess
                && eventSubProcess.triggeredByEvent()) {
            ModelElementInstance owner = eventSubProcess.getParentElement();
            if (owner instanceof SubProcess subProcess) {
                return subProcess.getName();
            }
            if (owner instanceof org.camunda.bpm.model.bpmn.instance.Process process) {
                return process.getName();
            }
        }
        return null;
    }

    private List<String> runningInstancesOf(String caseId) {
        java.util.Set<String> ids = new java.util.LinkedHashSet<>();
        runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).list().forEach(i -> ids.add(i.getId()));
        runtime.createProcessInstanceQuery().variableValueEquals(CaseVariables.CASE_ID, caseId).list()
                .forEach(i -> ids.add(i.getId()));
        return List.copyOf(ids);
    }

    private List<Task> tasksOf(String caseId) {
        Map<String, Task> found = new LinkedHashMap<>();
        tasks.createTaskQuery().processInstanceBusinessKey(caseId).active().list().forEach(task -> found.put(task.getId(), task));
        tasks.createTaskQuery().processVariableValueEquals(CaseVariables.CASE_ID, caseId).active().list()
                .forEach(task -> found.putIfAbsent(task.getId(), task));
        return List.copyOf(found.values());
    }

    private List<String> processInstancesOf(String caseId) {
        Map<String, HistoricProcessInstance> found = new LinkedHashMap<>();
        history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(caseId).list()
                .forEach(instance -> found.put(instance.getId(), instance));
        history.createHistoricProcessInstanceQuery().variableValueEquals(CaseVariables.CASE_ID, caseId).list()
                .forEach(instance -> found.putIfAbsent(instance.getId(), instance));
        return List.copyOf(found.keySet());
    }
}
