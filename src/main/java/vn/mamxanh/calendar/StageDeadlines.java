package vn.mamxanh.calendar;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.camunda.bpm.engine.ProcessEngineServices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

/**
 * The deadline of a stage as the models draw it: a stage is an embedded subprocess whose
 * non-interrupting timer event subprocess chases the late step (ARCHITECTURE.md, stages 8-12). The
 * deadline is that timer's due date, read from the engine (the live timer, or its creation in the
 * job log once it has fired), so it is the date the engine really waited for.
 */
public final class StageDeadlines {

    private StageDeadlines() {
    }

    /** A step's deadline and whether its completion ends the stage. */
    public record StageDeadline(Instant due, boolean closesStage) {
    }

    /**
     * The deadline guarding the step the execution is at, if it lies in a stage with a deadline.
     * Steps inside the chase (the timer's own event subprocess) are not themselves on that deadline.
     */
    public static Optional<StageDeadline> guarding(DelegateExecution execution) {
        FlowElement step = execution.getBpmnModelElementInstance();
        if (step == null || insideEventSubProcess(step)) {
            return Optional.empty();
        }
        for (ModelElementInstance scope = step.getParentElement(); scope != null; scope = scope.getParentElement()) {
            for (SubProcess handler : scope.getChildElementsByType(SubProcess.class)) {
                if (handler.triggeredByEvent()) {
                    Optional<String> timer = timerStartOf(handler);
                    if (timer.isPresent()) {
                        return dueOf(execution, timer.get()).map(due -> new StageDeadline(due, closesStage(step)));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** For a step of a chase (Task_Mark...Overdue): the deadline whose timer started it. */
    public static Optional<Instant> thatRanOut(DelegateExecution execution) {
        FlowElement step = execution.getBpmnModelElementInstance();
        for (ModelElementInstance scope = step == null ? null : step.getParentElement(); scope != null;
             scope = scope.getParentElement()) {
            if (scope instanceof SubProcess handler && handler.triggeredByEvent()) {
                return timerStartOf(handler).flatMap(timer -> dueOf(execution, timer));
            }
        }
        return Optional.empty();
    }

    private static boolean insideEventSubProcess(FlowElement step) {
        for (ModelElementInstance scope = step.getParentElement(); scope != null; scope = scope.getParentElement()) {
            if (scope instanceof SubProcess sub && sub.triggeredByEvent()) {
                return true;
            }
        }
        return false;
    }

    private static boolean closesStage(FlowElement step) {
        return step instanceof FlowNode node && !node.getOutgoing().isEmpty()
                && node.getOutgoing().stream().allMatch(flow -> flow.getTarget() instanceof EndEvent);
    }

    private static Optional<String> timerStartOf(SubProcess handler) {
        return handler.getChildElementsByType(StartEvent.class).stream()
                .filter(start -> start.getEventDefinitions().stream().anyMatch(TimerEventDefinition.class::isInstance))
                .map(StartEvent::getId)
                .findFirst();
    }

    private static Optional<Instant> dueOf(DelegateExecution execution, String timerId) {
        ProcessEngineServices engine = execution.getProcessEngineServices();
        String instance = execution.getProcessInstanceId();
        Optional<Instant> waiting = engine.getManagementService().createJobQuery().processInstanceId(instance)
                .activityId(timerId).timers().list().stream()
                .map(Job::getDuedate).filter(java.util.Objects::nonNull)
                .max(Comparator.naturalOrder()).map(java.util.Date::toInstant);
        if (waiting.isPresent()) {
            return waiting;
        }
        return engine.getHistoryService().createHistoricJobLogQuery().processInstanceId(instance).activityIdIn(timerId)
                .creationLog().orderByTimestamp().desc().list().stream()
                .map(HistoricJobLog::getJobDueDate).filter(java.util.Objects::nonNull)
                .findFirst().map(java.util.Date::toInstant);
    }
}
