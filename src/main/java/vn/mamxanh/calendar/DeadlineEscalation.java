package vn.mamxanh.calendar;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseVariables;

/**
 * The service tasks Task_Mark...Overdue: a missed deadline (R09, R13) flags the case as overdue, which
 * dashboards show, and is recorded; the model then gives the level above a task to chase it.
 * The flag is cleared by the late step's own listener when it is finally done.
 */
@Component("deadlineEscalation")
public class DeadlineEscalation {

    private final CaseRepository cases;
    private final EscalationRepository escalations;
    private final ApplicationEventPublisher events;

    DeadlineEscalation(CaseRepository cases, EscalationRepository escalations, ApplicationEventPublisher events) {
        this.cases = cases;
        this.escalations = escalations;
        this.events = events;
    }

    public void markOverdue(DelegateExecution execution, String overdueStep, String rule) {
        String caseId = CaseVariables.caseId(execution);
        cases.markOverdue(caseId, true);
        escalations.add(caseId, overdueStep, rule, ClockUtil.getCurrentTime().toInstant());
        events.publishEvent(new DeadlineMissed(caseId, overdueStep, rule,
                StageDeadlines.thatRanOut(execution).orElse(ClockUtil.getCurrentTime().toInstant())));
    }
}
