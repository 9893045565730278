package vn.mamxanh.probation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;

import org.junit.jupiter.api.Test;

import vn.mamxanh.web.RuleViolationException;

class ProbationRuleFunctionsTest {

    static final LocalDate DECISION = LocalDate.of(2026, 3, 2);
    static final LocalDate DEADLINE = LocalDate.of(2026, 4, 13);

    @Test
    void R10_the_ceremony_follows_the_decision_within_the_deadline() {
        assertThatCode(() -> CeremonyRule.check(DEADLINE, DECISION, DEADLINE, DEADLINE, false)).doesNotThrowAnyException();
        assertThatThrownBy(() -> CeremonyRule.check(DECISION.minusDays(1), DECISION, DEADLINE, DEADLINE, false))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("trước ngày quyết định");
    }

    @Test
    void R10_a_late_ceremony_needs_the_reason_reported_first() {
        LocalDate late = DEADLINE.plusDays(1);
        assertThatThrownBy(() -> CeremonyRule.check(late, DECISION, DEADLINE, late, false))
                .hasMessageContaining("13/04/2026").hasMessageContaining("báo cáo lý do");
        assertThatCode(() -> CeremonyRule.check(late, DECISION, DEADLINE, late, true)).doesNotThrowAnyException();
    }

    @Test
    void R11_probation_ends_twelve_months_after_the_ceremony() {
        assertThat(ProbationPeriod.endsOn(LocalDate.of(2026, 3, 10), 12)).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(ProbationPeriod.endsOn(LocalDate.of(2028, 2, 29), 12)).isEqualTo(LocalDate.of(2029, 2, 28));
        assertThatThrownBy(() -> ProbationPeriod.checkOver(LocalDate.of(2027, 3, 9), LocalDate.of(2027, 3, 10), "meetingDate"))
                .hasMessageContaining("10/03/2027");
        assertThatCode(() -> ProbationPeriod.checkOver(LocalDate.of(2027, 3, 10), LocalDate.of(2027, 3, 10), "meetingDate"))
                .doesNotThrowAnyException();
    }

    @Test
    void R12_recognition_needs_all_four_items() {
        assertThatCode(() -> RecognitionRequirements.check(EnumSet.allOf(ProbationItem.class))).doesNotThrowAnyException();
        assertThat(RecognitionRequirements.missing(EnumSet.of(ProbationItem.COURSE_CERTIFICATE, ProbationItem.SELF_CRITIQUE)))
                .containsExactlyInAnyOrder(ProbationItem.MENTOR_EVALUATION, ProbationItem.COMMUNITY_COMMENTS);
        assertThatThrownBy(() -> RecognitionRequirements.check(EnumSet.complementOf(EnumSet.of(ProbationItem.SELF_CRITIQUE))))
                .isInstanceOf(RuleViolationException.class).hasMessageContaining("bản tự kiểm điểm");
    }
}
