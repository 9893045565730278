package vn.mamxanh.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.mamxanh.web.RuleViolationException;

class CommitteeDecisionRuleTest {

    static final LocalDate RECEIVED = LocalDate.of(2026, 3, 2);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);

    @Test
    void R09_a_decision_is_dated_between_receiving_the_resolution_and_today() {
        assertThatCode(() -> CommitteeDecisionRule.check(true, "241-QĐ/HU", RECEIVED, null, RECEIVED, TODAY))
                .doesNotThrowAnyException();
        assertThat(field(() -> CommitteeDecisionRule.check(true, "241-QĐ/HU", RECEIVED.minusDays(1), null, RECEIVED, TODAY)))
                .isEqualTo("decisionDate");
        assertThat(field(() -> CommitteeDecisionRule.check(true, "241-QĐ/HU", TODAY.plusDays(1), null, RECEIVED, TODAY)))
                .isEqualTo("decisionDate");
    }

    @Test
    void R09_an_approval_has_a_number_and_a_refusal_has_a_reason() {
        assertThat(field(() -> CommitteeDecisionRule.check(true, " ", TODAY, null, RECEIVED, TODAY))).isEqualTo("decisionNumber");
        assertThat(field(() -> CommitteeDecisionRule.check(false, null, TODAY, null, RECEIVED, TODAY))).isEqualTo("reason");
        assertThatCode(() -> CommitteeDecisionRule.check(false, null, TODAY, "Chưa đủ tiêu chuẩn", RECEIVED, TODAY))
                .doesNotThrowAnyException();
    }

    static String field(org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
        RuleViolationException e = catchThrowableOfType(RuleViolationException.class, call);
        assertThat(e).isNotNull();
        assertThat(e.rule()).isEqualTo("R09");
        return e.field();
    }
}
