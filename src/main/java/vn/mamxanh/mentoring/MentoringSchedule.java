package vn.mamxanh.mentoring;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.mamxanh.web.VietnamTime;

/** The dates of the monthly report cycle for the mentoring model's timers and due dates (R05). */
@Component("mentoringSchedule")
public class MentoringSchedule {

    private final int dueDay;

    public MentoringSchedule(@Value("${mamxanh.rules.mentoring.report-due-day}") int dueDay) {
        if (dueDay < 1 || dueDay > 31) {
            throw new IllegalArgumentException("mamxanh.rules.mentoring.report-due-day must be 1-31, was " + dueDay);
        }
        this.dueDay = dueDay;
    }

    /**
     * Start listener of Gateway_NextMonth, before the period timer is set: the first report is for the
     * month after mentoring starts, each later one for the month after the last; a month the review ran
     * past opens at once, so no month goes unreported.
     */
    public void openNextPeriod(DelegateExecution execution) {
        Object previous = execution.getVariable(MentoringVariables.REPORT_PERIOD);
        YearMonth next = previous == null
                ? ReportSchedule.nextPeriod(now().toLocalDate())
                : ReportSchedule.periodAfter(YearMonth.parse(previous.toString()));
        execution.setVariable(MentoringVariables.REPORT_PERIOD, next.toString());
    }

    public Date periodOpens(VariableScope scope) {
        return toDate(ReportSchedule.opensAt(period(scope)));
    }

    public Date reportDue(VariableScope scope) {
        return toDate(ReportSchedule.overdueFrom(period(scope), dueDay).minusSeconds(1));
    }

    public Date overdueFrom(VariableScope scope) {
        return toDate(ReportSchedule.overdueFrom(period(scope), dueDay));
    }

    public int dueDay() {
        return dueDay;
    }

    static YearMonth period(VariableScope scope) {
        return YearMonth.parse((String) scope.getVariable(MentoringVariables.REPORT_PERIOD));
    }

    static LocalDateTime now() {
        return VietnamTime.localNow();
    }

    private static Date toDate(LocalDateTime time) {
        return Date.from(VietnamTime.instantOf(time));
    }
}
