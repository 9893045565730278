package vn.mamxanh.probation;

import java.time.LocalDate;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.DeadlineBasis;
import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.resolution.DecisionRepository;
import vn.mamxanh.resolution.Purpose;
import vn.mamxanh.resolution.VoteRepository;

/**
 * The timers of stages 10-12: the ceremony (R10), the end of probation (R11) and the branch's
 * recognition vote (R13), which counts from the day probation ends whatever is still missing (R12).
 * The recognition decision's deadline is R09's, in {@code resolution.DecisionDeadlines}.
 */
@Component("probationDeadlines")
public class ProbationDeadlines implements DeadlineBasis {

    private final WorkingDays workingDays;
    private final ProbationRules rules;
    private final CeremonyRules ceremonyRules;
    private final CeremonyRepository ceremonies;
    private final DecisionRepository decisions;
    private final VoteRepository votes;

    ProbationDeadlines(WorkingDays workingDays, ProbationRules rules, CeremonyRules ceremonyRules,
                       CeremonyRepository ceremonies, DecisionRepository decisions,
                       VoteRepository votes) {
        this.workingDays = workingDays;
        this.rules = rules;
        this.ceremonyRules = ceremonyRules;
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

    @Override
    public java.util.Optional<String> explain(String caseId, String timerId) {
        return switch (timerId) {
            case "Timer_CeremonyDeadline" -> java.util.Optional.of("R10: " + ceremonyRules.deadlineWorkingDays()
                    + " ngày làm việc kể từ ngày quyết định kết nạp (" + DAY.format(admissionDecisionDate(caseId)) + ").");
            case "Timer_RecognitionVoteDeadline" -> ceremonies.ceremonyDate(caseId).map(ceremony -> "R13: "
                    + rules.recognitionVoteDeadlineWorkingDays() + " ngày làm việc kể từ ngày hết thời gian dự bị ("
                    + DAY.format(ProbationPeriod.endsOn(ceremony, rules.months())) + "), dù hồ sơ dự bị còn thiếu gì.");
            default -> java.util.Optional.empty();
        };
    }

    private static final java.time.format.DateTimeFormatter DAY = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public LocalDate branchResolutionReceivedOn(String caseId) {
        return votes.latest(caseId, Purpose.RECOGNITION).map(vote -> workingDays.dayOf(vote.recordedAt()))
                .orElseThrow(() -> new IllegalStateException("No recognition vote for case " + caseId));
    }
}
