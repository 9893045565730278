package vn.mamxanh.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mamxanh.candidate.AgeRule.Outcome.*;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class AgeRuleTest {

    private static final LocalDate MEETING = LocalDate.of(2026, 6, 15);

    @Test
    void R01_eighteen_full_years_counted_in_months() {
        assertThat(AgeRule.check(LocalDate.of(2008, 6, 15), MEETING, 18, 60)).isEqualTo(ELIGIBLE);
        assertThat(AgeRule.check(LocalDate.of(2008, 6, 16), MEETING, 18, 60)).isEqualTo(TOO_YOUNG);
        assertThat(AgeRule.check(LocalDate.of(2008, 7, 1), MEETING, 18, 60)).isEqualTo(TOO_YOUNG);
    }

    @Test
    void R01_exactly_216_months_at_the_vote_is_in_range() {
        assertThat(java.time.Period.between(LocalDate.of(2008, 6, 15), MEETING).toTotalMonths()).isEqualTo(216);
        assertThat(AgeRule.check(LocalDate.of(2008, 6, 15), MEETING, 18, 60)).isEqualTo(ELIGIBLE);
        assertThat(AgeRule.check(LocalDate.of(2008, 6, 16), MEETING, 18, 60)).isEqualTo(TOO_YOUNG);
    }

    @Test
    void R01_exactly_720_months_at_the_vote_is_in_range() {
        assertThat(java.time.Period.between(LocalDate.of(1966, 6, 15), MEETING).toTotalMonths()).isEqualTo(720);
        assertThat(AgeRule.check(LocalDate.of(1966, 6, 15), MEETING, 18, 60)).isEqualTo(ELIGIBLE);
        // 60 years and 30 days is still 720 whole months
        assertThat(AgeRule.check(LocalDate.of(1966, 5, 16), MEETING, 18, 60)).isEqualTo(ELIGIBLE);
    }

    @Test
    void R01_more_than_720_whole_months_at_the_vote_needs_the_province_committee() {
        // 60 years and 1 month
        assertThat(AgeRule.check(LocalDate.of(1966, 5, 15), MEETING, 18, 60)).isEqualTo(NEEDS_PROVINCE_APPROVAL);
        assertThat(AgeRule.check(LocalDate.of(1965, 6, 16), MEETING, 18, 60)).isEqualTo(NEEDS_PROVINCE_APPROVAL);
        assertThat(AgeRule.check(LocalDate.of(1950, 1, 1), MEETING, 18, 60)).isEqualTo(NEEDS_PROVINCE_APPROVAL);
    }

    @Test
    void R01_limits_come_from_settings() {
        assertThat(AgeRule.check(LocalDate.of(2006, 6, 15), MEETING, 21, 60)).isEqualTo(TOO_YOUNG);
    }
}
