package vn.mamxanh.resolution;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import vn.mamxanh.web.RuleViolationException;

/**
 * What a committee's written decision must carry (R09): a date between receiving the lower level's
 * resolution and today, the signer, a number when it approves and a reason when it refuses. Lateness
 * itself is not refused here: a missed deadline is escalated, and the late decision still counts.
 */
public final class CommitteeDecisionRule {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CommitteeDecisionRule() {
    }

    public static void check(boolean approved, String decisionNumber, LocalDate decisionDate, String reason,
                             LocalDate resolutionReceivedOn, LocalDate today) {
        if (decisionDate.isBefore(resolutionReceivedOn)) {
            throw new RuleViolationException("R09", "decisionDate", "Ngày quyết định không thể trước ngày nhận nghị quyết của cấp dưới ("
                    + DAY.format(resolutionReceivedOn) + ").");
        }
        if (decisionDate.isAfter(today)) {
            throw new RuleViolationException("R09", "decisionDate", "Ngày quyết định không thể sau ngày hôm nay.");
        }
        if (approved && (decisionNumber == null || decisionNumber.isBlank())) {
            throw new RuleViolationException("R09", "decisionNumber", "Cần nhập số quyết định.");
        }
        if (!approved && (reason == null || reason.isBlank())) {
            throw new RuleViolationException("R09", "reason", "Cần ghi lý do của quyết định không chấp thuận.");
        }
    }
}
