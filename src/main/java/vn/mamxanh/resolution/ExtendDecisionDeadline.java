package vn.mamxanh.resolution;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.mamxanh.audit.AuditAction;
import vn.mamxanh.audit.CaseEvent;
import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.candidate.TaskForm;

/**
 * Task_ExtendDecisionDeadline and Task_ExtendRecognitionDeadline: the deciding body extends its own
 * R09 deadline once, with a reason ({@link DeadlineExtensionRule}); the stage's deadline timer is then
 * re-read, so the escalation moves with the deadline. Declared as
 * {@code ${extendDecisionDeadline.grant(task, 'ADMISSION')}} (or {@code 'RECOGNITION'}).
 */
@Component("extendDecisionDeadline")
public class ExtendDecisionDeadline {

    private final DecisionDeadlines deadlines;
    private final DeadlineExtensions extensions;
    private final DecisionRules rules;
    private final WorkingDays workingDays;
    private final ManagementService management;
    private final Actors actors;
    private final ApplicationEventPublisher events;

    ExtendDecisionDeadline(DecisionDeadlines deadlines, DeadlineExtensions extensions, DecisionRules rules,
                           WorkingDays workingDays, ManagementService management, Actors actors,
                           ApplicationEventPublisher events) {
        this.events = events;
        this.deadlines = deadlines;
        this.extensions = extensions;
        this.rules = rules;
        this.workingDays = workingDays;
        this.management = management;
        this.actors = actors;
    }

    public void grant(DelegateTask task, String purposeName) {
        Purpose purpose = Purpose.valueOf(purposeName);
        String caseId = CaseVariables.caseId(task);
        TaskForm form = TaskForm.of(task);
        int extra = form.requiredNumber(DeadlineExtensionRule.DAYS_FIELD, "Số ngày làm việc gia hạn");
        String reason = form.text(DeadlineExtensionRule.REASON_FIELD).orElse(null);
        LocalDate current = deadlines.decisionDeadline(caseId, purpose);
        DeadlineExtensionRule.check(extra, reason, extensions.of(caseId, purpose), current, workingDays.today(),
                rules.extensionMaximumWorkingDays());

        LocalDate extended = deadlines.decisionDeadlineExtendedBy(caseId, purpose, extra);
        extensions.add(new DeadlineExtension(caseId, purpose, extra, reason.strip(), current, extended,
                actors.completing(task), ClockUtil.getCurrentTime().toInstant()));
        moveTimer(task.getProcessInstanceId(), DecisionDeadlines.timerOf(purpose));
        events.publishEvent(new CaseEvent(caseId, AuditAction.DEADLINE_EXTENDED, purpose.name(),
                workingDays.endOf(extended).toInstant(), Map.of("extraWorkingDays", extra, "reason", reason.strip(),
                        "dueBefore", current.toString(), "dueAfter", extended.toString())));
        form.forget(DeadlineExtensionRule.DAYS_FIELD, DeadlineExtensionRule.REASON_FIELD);
    }

    /**
     * The timer evaluates its expression again and now finds the extension. The deciding body holds no
     * right over jobs; moving the timer of the step it was just allowed to do is the system's own act.
     */
    private void moveTimer(String processInstanceId, String timerId) {
        CommandContext command = Context.getCommandContext();
        command.disableAuthorizationCheck();
        try {
            for (Job job : management.createJobQuery().processInstanceId(processInstanceId).activityId(timerId).timers().list()) {
                management.recalculateJobDuedate(job.getId(), false);
            }
        } finally {
            command.enableAuthorizationCheck();
        }
    }
}
