package vn.mamxanh.mentoring;

import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseVariables;

/**
 * ServiceTask_FlagOverdueReport: the case shows as overdue on the secretary's lists until the report
 * comes, and the month is on record as missed, so the on-time share counts it as late even if the
 * report never comes (R05).
 */
@Component("flagOverdueReport")
public class FlagOverdueReport implements JavaDelegate {

    private final CaseRepository cases;
    private final MentorAssignments mentoring;
    private final MentoringSchedule schedule;

    public FlagOverdueReport(CaseRepository cases, MentorAssignments mentoring, MentoringSchedule schedule) {
        this.cases = cases;
        this.mentoring = mentoring;
        this.schedule = schedule;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseId = CaseVariables.caseId(execution);
        cases.markOverdue(caseId, true);
        YearMonth period = MentoringSchedule.period(execution);
        mentoring.missedReport(caseId, period, ReportSchedule.dueOn(period, schedule.dueDay()));
    }
}
