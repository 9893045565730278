package vn.mamxanh.audit.engine;

import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.history.event.HistoricActivityInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIdentityLinkLogEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricIncidentEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricProcessInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricTaskInstanceEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.event.HistoryEventTypes;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.beans.factory.ObjectProvider;

import vn.mamxanh.audit.AuditAction;
import vn.mamxanh.audit.journal.Attribution;
import vn.mamxanh.audit.journal.JournalDraft;
import vn.mamxanh.audit.journal.JournalWriter;
import vn.mamxanh.calendar.StageDeadlines;
import vn.mamxanh.calendar.StageDeadlines.StageDeadline;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.tasklist.TaskLabels;

/**
 * Runs beside Camunda's own database history handler and copies the steps an inspection needs
 * into the audit journal: processes started and ended, tasks created, assigned, claimed, completed
 * (with the data submitted) or cancelled, process data written, incidents. Who acted is the
 * engine's authenticated user of the command, and the role is the one the person held for the task.
 */
public class JournalHistoryEventHandler implements HistoryEventHandler {

    private final ObjectProvider<JournalWriter> writer;
    private final ObjectProvider<Attribution> attribution;

    public JournalHistoryEventHandler(ObjectProvider<JournalWriter> writer, ObjectProvider<Attribution> attribution) {
        this.writer = writer;
        this.attribution = attribution;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricTaskInstanceEventEntity task) {
            taskEvent(task).forEach(draft -> writer.getObject().append(draft));
            return;
        }
        draft(event).ifPresent(draft -> writer.getObject().append(draft));
    }

    @Override
    public void handleEvents(List<HistoryEvent> events) {
        events.forEach(this::handleEvent);
    }

    private Optional<JournalDraft> draft(HistoryEvent event) {
        if (event instanceof HistoricProcessInstanceEventEntity process) {
            return processEvent(process);
        }
        if (event instanceof HistoricIdentityLinkLogEventEntity link) {
            return assignment(link);
        }
        if (event instanceof HistoricVariableUpdateEventEntity variable) {
            return variable(variable);
        }
        if (event instanceof HistoricIncidentEventEntity incident) {
            return incident(incident);
        }
        if (event instanceof HistoricActivityInstanceEventEntity activity) {
            return timerOrEscalation(activity);
        }
        return Optional.empty();
    }

    /** Deadlines passing (timers) and escalations, as the model draws them. */
    private Optional<JournalDraft> timerOrEscalation(HistoricActivityInstanceEventEntity e) {
        if (!is(e, HistoryEventTypes.ACTIVITY_INSTANCE_START)) {
            return Optional.empty();
        }
        AuditAction action = switch (e.getActivityType() == null ? "" : e.getActivityType()) {
            // every deadline of the path is the timer start of an event subprocess (ARCHITECTURE.md, stages 8-12)
            case ActivityTypes.BOUNDARY_TIMER, ActivityTypes.INTERMEDIATE_EVENT_TIMER, ActivityTypes.START_EVENT_TIMER ->
                    AuditAction.TIMER_FIRED;
            case ActivityTypes.BOUNDARY_ESCALATION, ActivityTypes.INTERMEDIATE_EVENT_ESCALATION_THROW,
                 ActivityTypes.END_EVENT_ESCALATION -> AuditAction.ESCALATED;
            default -> null;
        };
        if (action == null) {
            return Optional.empty();
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("activityId", e.getActivityId());
        String step = e.getActivityName() != null ? e.getActivityName() : e.getActivityId();
        return Optional.of(draft(e, action, step, null, details, null, Set.of()));
    }

    private Optional<JournalDraft> processEvent(HistoricProcessInstanceEventEntity e) {
        String step = e.getProcessDefinitionName() != null ? e.getProcessDefinitionName() : e.getProcessDefinitionKey();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("processDefinitionKey", e.getProcessDefinitionKey());
        if (is(e, HistoryEventTypes.PROCESS_INSTANCE_START)) {
            return Optional.of(draft(e, AuditAction.PROCESS_STARTED, step, null, details, null, Set.of()));
        }
        if (is(e, HistoryEventTypes.PROCESS_INSTANCE_END)) {
            details.put("endActivityId", e.getEndActivityId());
            String endName = activityName(e.getProcessDefinitionId(), e.getEndActivityId());
            if (endName != null) {
                details.put("end", endName);
            }
            if (e.getDeleteReason() != null) {
                details.put("reason", e.getDeleteReason());
            }
            return Optional.of(draft(e, AuditAction.PROCESS_ENDED, step, e.getState(), details, null, Set.of()));
        }
        return Optional.empty();
    }

    private List<JournalDraft> taskEvent(HistoricTaskInstanceEventEntity e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("taskDefinitionKey", e.getTaskDefinitionKey());
        Set<String> groups = candidateGroups(e.getTaskId());
        if (is(e, HistoryEventTypes.TASK_INSTANCE_CREATE)) {
            if (!groups.isEmpty()) {
                details.put("candidateGroups", String.join(", ", groups));
            }
            if (e.getAssignee() != null) {
                details.put("assignee", e.getAssignee());
            }
            return List.of(draft(e, AuditAction.TASK_CREATED, e.getName(), null, details, e.getDueDate(), Set.of()));
        }
        // The engine reports a task ended by a boundary event or a cancelled process as "complete" too.
        boolean ended = is(e, HistoryEventTypes.TASK_INSTANCE_COMPLETE) || is(e, HistoryEventTypes.TASK_INSTANCE_DELETE);
        if (ended && TaskEntity.DELETE_REASON_COMPLETED.equals(e.getDeleteReason())) {
            List<JournalDraft> submitted = dataSubmittedWith(e.getProcessInstanceId());
            Map<String, Object> data = new TreeMap<>();
            submitted.forEach(draft -> data.put(String.valueOf(draft.details().get("name")), draft.details().get("value")));
            details.put("data", data);
            Optional<StageDeadline> deadline = deadlineOf(e);
            Date due = deadline.map(d -> Date.from(d.due())).orElse(null);
            JournalDraft completion = draft(e, AuditAction.TASK_COMPLETED, e.getName(), null, details, due, groups);
            // the data, and what the features recorded on completing it, was written in the role the person completed the task in
            List<JournalDraft> recorded = recordedBy(completion);
            writer.getObject().revisePending(draft -> submitted.contains(draft) || recorded.contains(draft),
                    draft -> draft.withActorRole(completion.actorRole()));
            if (deadline.isEmpty()) {
                return List.of(completion);
            }
            // the vote or decision the step recorded was due by the step's deadline: "decisions taken late" finds it
            writer.getObject().revisePending(draft -> isVoteOrDecision(draft) && recordedBy(completion).contains(draft),
                    draft -> draft.withDeadline(deadline.get().due()));
            if (!deadline.get().closesStage()) {
                return List.of(completion);
            }
            boolean met = !completion.recordedAt().isAfter(deadline.get().due());
            Map<String, Object> onDeadline = new LinkedHashMap<>();
            onDeadline.put("taskDefinitionKey", e.getTaskDefinitionKey());
            return List.of(completion, new JournalDraft(completion.recordedAt(), completion.caseId(), completion.unitId(),
                    completion.actor(), completion.actorRole(),
                    (met ? AuditAction.DEADLINE_MET : AuditAction.DEADLINE_MISSED).name(), e.getName(),
                    met ? "ON_TIME" : "LATE", deadline.get().due(), onDeadline, completion.taskId(),
                    completion.processInstanceId()));
        }
        if (ended) {
            details.put("reason", e.getDeleteReason());
            return List.of(draft(e, AuditAction.TASK_CANCELLED, e.getName(), null, details, e.getDueDate(), groups));
        }
        return List.of();
    }

    /** The task's own due date, else the deadline of the stage it belongs to. */
    private static Optional<StageDeadline> deadlineOf(HistoricTaskInstanceEventEntity e) {
        if (e.getDueDate() != null) {
            return Optional.of(new StageDeadline(e.getDueDate().toInstant(), true));
        }
        TaskEntity task = task(e.getTaskId());
        if (task == null || task.getExecution() == null) {
            return Optional.empty();
        }
        try {
            return StageDeadlines.guarding(task.getExecution());
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /** What the features recorded about the case, as this person, while this task was being completed. */
    private List<JournalDraft> recordedBy(JournalDraft completion) {
        List<JournalDraft> recorded = new ArrayList<>();
        for (JournalDraft draft : writer.getObject().pendingDrafts()) {
            if (AuditAction.TASK_COMPLETED.name().equals(draft.action())) {
                recorded.clear();
            } else if (draft.processInstanceId() == null && draft.taskId() == null
                    && Objects.equals(draft.caseId(), completion.caseId())
                    && Objects.equals(draft.actor(), completion.actor())) {
                recorded.add(draft);
            }
        }
        return recorded;
    }

    private static boolean isVoteOrDecision(JournalDraft draft) {
        return draft.deadline() == null && (AuditAction.VOTE_RECORDED.name().equals(draft.action())
                || AuditAction.DECISION_TAKEN.name().equals(draft.action()));
    }

    private Optional<JournalDraft> assignment(HistoricIdentityLinkLogEventEntity e) {
        if (!IdentityLinkType.ASSIGNEE.equals(e.getType()) || e.getTaskId() == null) {
            return Optional.empty();
        }
        TaskEntity task = task(e.getTaskId());
        String step = task == null ? null : task.getName();
        Set<String> groups = candidateGroups(e.getTaskId());
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("assignee", e.getUserId());
        if (task != null) {
            details.put("taskDefinitionKey", task.getTaskDefinitionKey());
        }
        AuditAction action;
        if (is(e, HistoryEventTypes.IDENTITY_LINK_DELETE)) {
            action = AuditAction.TASK_UNASSIGNED;
        } else if (e.getUserId() != null && e.getUserId().equals(actor())) {
            action = AuditAction.TASK_CLAIMED;
        } else {
            action = AuditAction.TASK_ASSIGNED;
        }
        return Optional.of(draft(e, action, step, null, details, null, groups));
    }

    private Optional<JournalDraft> variable(HistoricVariableUpdateEventEntity e) {
        if (!is(e, HistoryEventTypes.VARIABLE_INSTANCE_CREATE) && !is(e, HistoryEventTypes.VARIABLE_INSTANCE_UPDATE)) {
            return Optional.empty();
        }
        if (TaskLabels.isLabel(e.getVariableName()) && e.getTaskId() != null) {
            return Optional.empty(); // Tasklist's label of whose case a task is: the case row says it already
        }
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("name", e.getVariableName());
        details.put("value", VariableText.of(e));
        return Optional.of(draft(e, AuditAction.DATA_RECORDED, e.getVariableName(), null, details, null, Set.of()));
    }

    private Optional<JournalDraft> incident(HistoricIncidentEventEntity e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("activityId", e.getActivityId());
        details.put("incidentType", e.getIncidentType());
        details.put("message", e.getIncidentMessage());
        if (is(e, HistoryEventTypes.INCIDENT_CREATE)) {
            return Optional.of(draft(e, AuditAction.INCIDENT_OPENED, e.getActivityId(), null, details, null, Set.of()));
        }
        if (is(e, HistoryEventTypes.INCIDENT_RESOLVE)) {
            return Optional.of(draft(e, AuditAction.INCIDENT_RESOLVED, e.getActivityId(), null, details, null, Set.of()));
        }
        return Optional.empty();
    }

    /** The process data written in this transaction since the last completion: what the person submitted. */
    private List<JournalDraft> dataSubmittedWith(String processInstanceId) {
        List<JournalDraft> pending = writer.getObject().pendingDrafts();
        List<JournalDraft> sinceLastCompletion = new ArrayList<>();
        for (JournalDraft draft : pending) {
            if (!Objects.equals(processInstanceId, draft.processInstanceId())) {
                continue;
            }
            if (AuditAction.TASK_COMPLETED.name().equals(draft.action())) {
                sinceLastCompletion.clear();
            } else if (AuditAction.DATA_RECORDED.name().equals(draft.action())) {
                sinceLastCompletion.add(draft);
            }
        }
        return sinceLastCompletion;
    }

    private JournalDraft draft(HistoryEvent e, AuditAction action, String step, String outcome, Map<String, Object> details,
                               Date deadline, Set<String> stepGroups) {
        String actor = actor();
        String caseId = caseIdOf(e);
        Attribution who = attribution.getObject();
        details.values().removeIf(Objects::isNull);
        String role = stepGroups.isEmpty() ? roleOfCompletionBy(actor) : null;
        return new JournalDraft(ClockUtil.getCurrentTime().toInstant(), caseId, who.unitOf(caseId), actor,
                role != null ? role : who.rolesOf(actor, stepGroups), action.name(), step, outcome,
                deadline == null ? null : deadline.toInstant(), details,
                e instanceof HistoricTaskInstanceEventEntity task ? task.getTaskId()
                        : e instanceof HistoricIdentityLinkLogEventEntity link ? link.getTaskId() : null,
                e.getProcessInstanceId());
    }

    /** What a person causes by completing a task (the next task, the process ending) they cause in that task's role. */
    private String roleOfCompletionBy(String actor) {
        String role = null;
        for (JournalDraft draft : writer.getObject().pendingDrafts()) {
            if (AuditAction.TASK_COMPLETED.name().equals(draft.action()) && actor.equals(draft.actor())) {
                role = draft.actorRole();
            }
        }
        return role;
    }

    private static String activityName(String processDefinitionId, String activityId) {
        if (processDefinitionId == null || activityId == null) {
            return null;
        }
        try {
            ProcessDefinitionEntity definition = Context.getProcessEngineConfiguration().getDeploymentCache()
                    .findDeployedProcessDefinitionById(processDefinitionId);
            ActivityImpl activity = definition.findActivity(activityId);
            return activity == null ? null : (String) activity.getProperty("name");
        } catch (RuntimeException unknown) {
            return null;
        }
    }

    private static String actor() {
        CommandContext command = Context.getCommandContext();
        String user = command == null ? null : command.getAuthenticatedUserId();
        return user == null ? Attribution.SYSTEM : user;
    }

    /** The case is the business key of the root process; a called process may carry it only as a variable. */
    private static String caseIdOf(HistoryEvent e) {
        if (e instanceof HistoricProcessInstanceEventEntity process && process.getBusinessKey() != null) {
            return process.getBusinessKey();
        }
        for (String id : new String[] {e.getProcessInstanceId(), e.getRootProcessInstanceId()}) {
            ExecutionEntity execution = execution(id);
            if (execution == null) {
                continue;
            }
            if (execution.getBusinessKey() != null) {
                return execution.getBusinessKey();
            }
            Object caseId = execution.getVariable(CaseVariables.CASE_ID);
            if (caseId != null) {
                return caseId.toString();
            }
        }
        return null;
    }

    private static ExecutionEntity execution(String id) {
        CommandContext command = Context.getCommandContext();
        if (id == null || command == null) {
            return null;
        }
        try {
            return command.getExecutionManager().findExecutionById(id);
        } catch (RuntimeException ended) {
            return null;
        }
    }

    private static TaskEntity task(String taskId) {
        CommandContext command = Context.getCommandContext();
        if (taskId == null || command == null) {
            return null;
        }
        try {
            return command.getTaskManager().findTaskById(taskId);
        } catch (RuntimeException gone) {
            return null;
        }
    }

    private static Set<String> candidateGroups(String taskId) {
        TaskEntity task = task(taskId);
        if (task == null) {
            return Set.of();
        }
        try {
            return task.getCandidates().stream()
                    .map(IdentityLink::getGroupId)
                    .filter(Objects::nonNull)
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (RuntimeException gone) {
            return Set.of();
        }
    }

    private static boolean is(HistoryEvent e, HistoryEventTypes type) {
        return type.getEventName().equals(e.getEventType());
    }
}
