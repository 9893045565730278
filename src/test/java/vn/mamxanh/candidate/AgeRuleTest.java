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
    void R01_sixty_full_years_is_still_eligible_and_older_needs_the_province_committee() {
        assertThat(AgeRule.check(LocalDate.of(1966, 6, 15), MEETING, 18, 60)).isEqualTo(ELIGIBLE);
        assertThat(AgeRule.check(LocalDate.of(1965, 6, 16), MEETING, 18, 60)).isEqualTo(ELIGIBLE);
        assertThat(AgeRule.check(LocalDate.of(1965, 6, 15), MEETING, 18, 60)).isEqualTo(NEEDS_PROVINCE_APPROVAL);
    }

    @Test
    void R01_limits_come_from_settings() {
        assertThat(AgeRule.check(LocalDate.of(2006, 6, 15), MEETING, 21, 60)).isEqualTo(TOO_YOUNG);
    }
}
