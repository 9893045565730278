package vn.mamxanh.resolution;

import java.time.LocalDate;
import java.util.Optional;

import vn.mamxanh.web.RuleViolationException;

/**
 * R09: "in special cases once extended by at most 30 working days, with the reason recorded". The
 * extension is granted before the deadline runs out (afterwards the decision is late, and escalated),
 * only once, for 1 to the configured maximum of working days, and always with a reason.
 */
public final class DeadlineExtensionRule {

    public static final String DAYS_FIELD = "extraWorkingDays";
    public static final String REASON_FIELD = "reason";

    private DeadlineExtensionRule() {
    }

    public static void check(int extraWorkingDays, String reason, Optional<DeadlineExtension> earlier,
                             LocalDate currentDeadline, LocalDate today, int maximumWorkingDays) {
        if (earlier.isPresent()) {
            throw new RuleViolationException("R09", DAYS_FIELD, "Thời hạn đã được gia hạn một lần ("
                    + earlier.get().extraWorkingDays() + " ngày làm việc, đến "
                    + CommitteeDecisionRule.DAY.format(earlier.get().dueAfter()) + "): quy định chỉ cho gia hạn một lần.");
        }
        if (extraWorkingDays < 1 || extraWorkingDays > maximumWorkingDays) {
            throw new RuleViolationException("R09", DAYS_FIELD, "Chỉ được gia hạn từ 1 đến " + maximumWorkingDays
                    + " ngày làm việc.");
        }
        if (reason == null || reason.isBlank()) {
            throw new RuleViolationException("R09", REASON_FIELD, "Cần ghi lý do gia hạn.");
        }
        if (today.isAfter(currentDeadline)) {
            throw new RuleViolationException("R09", DAYS_FIELD, "Thời hạn đã hết ngày "
                    + CommitteeDecisionRule.DAY.format(currentDeadline)
                    + ": không gia hạn sau khi đã quá hạn; việc chậm đã được báo lên cấp trên.");
        }
    }
}
