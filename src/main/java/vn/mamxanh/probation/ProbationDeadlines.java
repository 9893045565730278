package vn.mamxanh.probation;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.resolution.DecisionRepository;
import vn.mamxanh.resolution.DecisionRules;
import vn.mamxanh.resolution.Purpose;
import vn.mamxanh.resolution.VoteRepository;

/** The timers of stages 10-12 (R10, R11, R13 and R09 for the recognition decision). */
@Component("probationDeadlines")
public class ProbationDeadlines {

    private final WorkingDays workingDays;
    private final ProbationRules rules;
    private final CeremonyRules ceremonyRules;
    private final DecisionRules decisionRules;
    private final CeremonyRepository ceremonies;
    private final DecisionRepository decisions;
    private final VoteRepository votes;

    ProbationDeadlines(WorkingDays workingDays, ProbationRules rules, CeremonyRules ceremonyRules,
                       DecisionRules decisionRules, CeremonyRepository ceremonies, DecisionRepository decisions,
                       VoteRepository votes) {
        this.workingDays = workingDays;
        this.rules = rules;
        this.ceremonyRules = ceremonyRules;
        this.decisionRules = decisionRules;
        this.ceremonies = ceremonies;
        this.decisions = decisions;
        this.votes = votes;
    }

    public Date ceremonyDue(DelegateExecution execution) {
        return workingDays.endOf(ceremonyDeadline(CaseVariables.caseId(execution)));
    }

    public LocalDate ceremonyDeadline(String caseId) {
        return workingDays.addWorkingDays(admissionDecisionDate(caseId), ceremonyRules.deadlineWorkingDays());
    }

    public LocalDate admissionDecisionDate(String caseId) {
        return decisions.latest(caseId, Purpose.ADMISSION).orElseThrow(
                () -> new IllegalStateException("No admission decision for case " + caseId)).decisionDate();
    }

    public Date probationEnds(DelegateExecution execution) {
        return workingDays.startOf(probationEndsOn(execution));
    }

    /**
     * R11 counts from the ceremony. A case that enters probation without a recorded ceremony (admitted
     * before it was kept here, or moved on by an administrator) counts from the day probation started.
     */
    public LocalDate probationEndsOn(VariableScope scope) {
        LocalDate start = ceremonies.ceremonyDate(CaseVariables.caseId(scope))
                .or(() -> ProbationVariables.probationStartedOn(scope))
                .orElseThrow(() -> new IllegalStateException("No admission ceremony for case " + CaseVariables.caseId(scope)));
        return ProbationPeriod.endsOn(start, rules.months());
    }

    public Date recognitionVoteDue(DelegateExecution execution) {
        LocalDate ended = probationEndsOn(execution);
        return workingDays.endOf(workingDays.addWorkingDays(ended, rules.recognitionVoteDeadlineWorkingDays()));
    }

    public Date recognitionDecisionDue(DelegateExecution execution) {
        LocalDate received = branchResolutionReceivedOn(CaseVariables.caseId(execution));
        return workingDays.endOf(workingDays.addWorkingDays(received, decisionRules.deadlineWorkingDays()));
    }

    public LocalDate branchResolutionReceivedOn(String caseId) {
        return votes.latest(caseId, Purpose.RECOGNITION).map(vote -> workingDays.dayOf(vote.recordedAt()))
                .orElseThrow(() -> new IllegalStateException("No recognition vote for case " + caseId));
    }
}
