package vn.mamxanh.resolution;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.CaseVariables;

/**
 * R09 deadlines of admission-decision, for its timers: each committee has the configured working
 * days from receiving the lower level's resolution. The grassroots committee receives the branch's
 * resolution when the process starts; the district receives the grassroots resolution when it is recorded.
 */
@Component("admissionDeadlines")
public class AdmissionDeadlines {

    private final WorkingDays workingDays;
    private final VoteRepository votes;
    private final DecisionRules rules;

    AdmissionDeadlines(WorkingDays workingDays, VoteRepository votes, DecisionRules rules) {
        this.workingDays = workingDays;
        this.votes = votes;
        this.rules = rules;
    }

    public Date grassrootsReviewDue(DelegateExecution execution) {
        return workingDays.endOf(workingDays.addWorkingDays(workingDays.today(), rules.deadlineWorkingDays()));
    }

    public Date decisionDue(DelegateExecution execution) {
        LocalDate received = resolutionReceivedOn(CaseVariables.caseId(execution));
        return workingDays.endOf(workingDays.addWorkingDays(received, rules.deadlineWorkingDays()));
    }

    /** The day the district received the grassroots committee's resolution. */
    public LocalDate resolutionReceivedOn(String caseId) {
        return votes.latest(caseId, Purpose.ADMISSION)
                .map(vote -> workingDays.dayOf(vote.recordedAt()))
                .orElseThrow(() -> new IllegalStateException("No grassroots resolution for case " + caseId));
    }
}
