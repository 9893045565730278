package vn.mamxanh.quota;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class QuotaRulesTest {

    @Test
    void R15_attainment_is_admitted_over_quota_to_two_decimals() {
        assertThat(QuotaRules.attainmentPercent(1214, 1150)).contains(new BigDecimal("105.57"));
        assertThat(QuotaRules.attainmentPercent(2, 3)).contains(new BigDecimal("66.67"));
        assertThat(QuotaRules.attainmentPercent(1, 8)).contains(new BigDecimal("12.50"));
        assertThat(QuotaRules.attainmentPercent(0, 4)).contains(new BigDecimal("0.00"));
    }

    @Test
    void R15_without_a_quota_there_is_no_attainment() {
        assertThat(QuotaRules.attainmentPercent(3, null)).isEmpty();
        assertThat(QuotaRules.attainmentPercent(3, 0)).isEmpty();
    }

    @Test
    void R15_proposal_is_the_membership_at_the_start_of_the_year_times_the_rate() {
        BigDecimal threePercent = new BigDecimal("0.03");
        assertThat(QuotaRules.proposal(600, threePercent)).isEqualTo(18);
        assertThat(QuotaRules.proposal(30_000, threePercent)).isEqualTo(900);
        assertThat(QuotaRules.proposal(50, threePercent)).isEqualTo(2);
        assertThat(QuotaRules.proposal(16, threePercent)).isZero();
        assertThat(QuotaRules.proposal(600, new BigDecimal("0.04"))).isEqualTo(24);
    }

    @Test
    void R15_a_negative_membership_is_a_programming_error() {
        assertThatThrownBy(() -> QuotaRules.proposal(-1, BigDecimal.ONE)).isInstanceOf(IllegalArgumentException.class);
    }
}
