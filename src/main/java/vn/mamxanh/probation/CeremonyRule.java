package vn.mamxanh.probation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import vn.mamxanh.web.RuleViolationException;

/**
 * R10: the ceremony follows the decision, within the configured working days; a later ceremony is
 * allowed only once the branch has reported the reason for the delay to the deciding committee.
 */
public final class CeremonyRule {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private CeremonyRule() {
    }

    public static void check(LocalDate ceremonyDate, LocalDate decisionDate, LocalDate deadline, LocalDate today,
                             boolean delayReported) {
        if (ceremonyDate.isBefore(decisionDate)) {
            throw new RuleViolationException("R10", "ceremonyDate", "Lễ kết nạp không thể trước ngày quyết định kết nạp ("
                    + DAY.format(decisionDate) + ").");
        }
        if (ceremonyDate.isAfter(today)) {
            throw new RuleViolationException("R10", "ceremonyDate", "Chỉ ghi nhận lễ kết nạp đã tổ chức: ngày tổ chức không thể sau ngày hôm nay.");
        }
        if (ceremonyDate.isAfter(deadline) && !delayReported) {
            throw new RuleViolationException("R10", "ceremonyDate", "Lễ kết nạp tổ chức sau hạn " + DAY.format(deadline)
                    + " (30 ngày làm việc kể từ ngày quyết định): chi bộ phải báo cáo lý do chậm với cấp ủy ra quyết định trước.");
        }
    }
}
