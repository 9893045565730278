package vn.mamxanh.resolution;

import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.DeadlineBasis;
import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.CaseVariables;

/**
 * R09 deadlines of the competent committee, for the timers and the case page. Both are counted in
 * working days (R14) from the date of the branch's resolution, the date of its meeting: the admission
 * decision from the resolution proposing admission (6-KNĐ), the recognition decision from the resolution
 * proposing recognition; either may be extended once ({@link ExtendDecisionDeadline}). The grassroots
 * committee's review has its own target inside the admission window, counted from the same date.
 */
@Component("decisionDeadlines")
public class DecisionDeadlines implements DeadlineBasis {

    static final String GRASSROOTS_TIMER = "Timer_GrassrootsReviewDeadline";
    static final String ADMISSION_TIMER = "Timer_DecisionDeadline";
    static final String RECOGNITION_TIMER = "Timer_RecognitionDecisionDeadline";

    private final WorkingDays workingDays;
    private final VoteRepository votes;
    private final BranchVotes branchVotes;
    private final DeadlineExtensions extensions;
    private final DecisionRules rules;

    DecisionDeadlines(WorkingDays workingDays, VoteRepository votes, BranchVotes branchVotes,
                       DeadlineExtensions extensions, DecisionRules rules) {
        this.workingDays = workingDays;
        this.votes = votes;
        this.branchVotes = branchVotes;
        this.extensions = extensions;
        this.rules = rules;
    }

    /** Timer_GrassrootsReviewDeadline */
    public Date grassrootsReviewDue(DelegateExecution execution) {
        return workingDays.endOf(grassrootsReviewTarget(CaseVariables.caseId(execution)));
    }

    /** Timer_DecisionDeadline; re-read when the deadline is extended. */
    public Date decisionDue(DelegateExecution execution) {
        return workingDays.endOf(decisionDeadline(CaseVariables.caseId(execution), Purpose.ADMISSION));
    }

    /** Timer_RecognitionDecisionDeadline; re-read when the deadline is extended. */
    public Date recognitionDecisionDue(DelegateExecution execution) {
        return workingDays.endOf(decisionDeadline(CaseVariables.caseId(execution), Purpose.RECOGNITION));
    }

    public LocalDate grassrootsReviewTarget(String caseId) {
        return workingDays.addWorkingDays(branchResolutionDate(caseId, Purpose.ADMISSION), rules.grassrootsReviewTargetWorkingDays());
    }

    /** The last day the committee's decision is on time, the extension included. */
    public LocalDate decisionDeadline(String caseId, Purpose purpose) {
        return workingDays.addWorkingDays(branchResolutionDate(caseId, purpose),
                periodOf(purpose) + extensions.extraWorkingDays(caseId, purpose));
    }

    /** The deadline as it would be with {@code extra} working days more than the regulation's period. */
    LocalDate decisionDeadlineExtendedBy(String caseId, Purpose purpose, int extra) {
        return workingDays.addWorkingDays(branchResolutionDate(caseId, purpose), periodOf(purpose) + extra);
    }

    int periodOf(Purpose purpose) {
        return purpose == Purpose.ADMISSION ? rules.admissionWorkingDays() : rules.recognitionWorkingDays();
    }

    static String timerOf(Purpose purpose) {
        return purpose == Purpose.ADMISSION ? ADMISSION_TIMER : RECOGNITION_TIMER;
    }

    /** The date of the branch meeting whose resolution proposed admission (the last one that passed) or recognition. */
    public LocalDate branchResolutionDate(String caseId, Purpose purpose) {
        Optional<LocalDate> date = purpose == Purpose.ADMISSION
                ? branchVotes.latest(caseId).filter(vote -> vote.outcome() == ResolutionVariables.BranchVoteOutcome.PASSED)
                        .map(BranchVotes.BranchVote::meetingDate)
                : votes.latest(caseId, Purpose.RECOGNITION).map(Vote::meetingDate);
        return date.orElseThrow(() -> new IllegalStateException("No branch resolution (" + purpose + ") for case " + caseId));
    }

    /** The day the deciding level received the grassroots committee's resolution: a decision is not dated before it. */
    public LocalDate resolutionReceivedOn(String caseId) {
        return votes.latest(caseId, Purpose.ADMISSION)
                .map(vote -> workingDays.dayOf(vote.recordedAt()))
                .orElseThrow(() -> new IllegalStateException("No grassroots resolution for case " + caseId));
    }

    @Override
    public Optional<String> explain(String caseId, String timerId) {
        return switch (timerId) {
            case GRASSROOTS_TIMER -> Optional.of("R09: mục tiêu " + rules.grassrootsReviewTargetWorkingDays()
                    + " ngày làm việc kể từ ngày chi bộ ra nghị quyết đề nghị kết nạp ("
                    + day(branchResolutionDate(caseId, Purpose.ADMISSION)) + "), trong thời hạn quyết định kết nạp đến "
                    + day(decisionDeadline(caseId, Purpose.ADMISSION)) + ".");
            case ADMISSION_TIMER -> Optional.of(decisionBasis(caseId, Purpose.ADMISSION, "đề nghị kết nạp"));
            case RECOGNITION_TIMER -> Optional.of(decisionBasis(caseId, Purpose.RECOGNITION, "đề nghị công nhận đảng viên chính thức"));
            default -> Optional.empty();
        };
    }

    private String decisionBasis(String caseId, Purpose purpose, String resolution) {
        String basis = "R09: " + periodOf(purpose) + " ngày làm việc kể từ ngày chi bộ ra nghị quyết " + resolution
                + " (" + day(branchResolutionDate(caseId, purpose)) + ")";
        return basis + extensions.of(caseId, purpose)
                .map(extension -> "; đã gia hạn thêm " + extension.extraWorkingDays() + " ngày làm việc (từ "
                        + day(extension.dueBefore()) + " đến " + day(extension.dueAfter()) + "), lý do: " + extension.reason() + ".")
                .orElse(".");
    }

    private static String day(LocalDate date) {
        return CommitteeDecisionRule.DAY.format(date);
    }
}
