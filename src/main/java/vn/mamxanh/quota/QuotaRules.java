package vn.mamxanh.quota;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** R15 as plain arithmetic: the proposed quota and attainment. */
public final class QuotaRules {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private QuotaRules() {
    }

    /** Proposed admissions for a year: membership at the start of the year times the rate, to the nearest whole person. */
    public static int proposal(long membersAtStartOfYear, BigDecimal rate) {
        if (membersAtStartOfYear < 0 || rate.signum() < 0) {
            throw new IllegalArgumentException("Membership and rate cannot be negative");
        }
        return BigDecimal.valueOf(membersAtStartOfYear).multiply(rate).setScale(0, RoundingMode.HALF_UP).intValueExact();
    }

    /** A count as a share of a whole, as a percentage to two decimals (R15 "3–4 % of the membership"); none of nothing. */
    public static Optional<BigDecimal> sharePercent(long part, long whole) {
        if (whole <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
    }

    /** Attainment = admitted ÷ quota, as a percentage to two decimals; none when no quota (or a zero quota) was set. */
    public static Optional<BigDecimal> attainmentPercent(long admitted, Integer quota) {
        if (quota == null || quota <= 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(admitted).multiply(HUNDRED)
                .divide(BigDecimal.valueOf(quota), 2, RoundingMode.HALF_UP));
    }
}
