package vn.mamxanh.candidate;

import java.util.Optional;

/**
 * R02: lower secondary education or higher; lower is allowed only in units flagged as
 * mountainous / ethnic-minority areas, and then only as an explicit exemption with a reason.
 */
public final class EducationRule {

    private EducationRule() {
    }

    /** The Vietnamese reason for refusing, or empty if the candidate may be accepted. */
    public static Optional<String> violation(EducationLevel level, boolean mountainousUnit, String exemptionReason) {
        if (level.atLeastLowerSecondary()) {
            return Optional.empty();
        }
        if (!mountainousUnit) {
            return Optional.of("Quần chúng có trình độ " + level.label().toLowerCase()
                    + ": chỉ chi bộ thuộc vùng cao, vùng đồng bào dân tộc thiểu số mới được tiếp nhận người chưa tốt nghiệp trung học cơ sở.");
        }
        if (exemptionReason == null || exemptionReason.isBlank()) {
            return Optional.of("Quần chúng chưa tốt nghiệp trung học cơ sở: cần ghi rõ lý do miễn trừ của đơn vị vùng cao.");
        }
        return Optional.empty();
    }
}
