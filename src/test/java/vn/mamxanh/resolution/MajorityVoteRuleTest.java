package vn.mamxanh.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import vn.mamxanh.web.RuleViolationException;

class MajorityVoteRuleTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);

    @Test
    void R08_grassroots_recommendation_needs_two_thirds_of_committee() {
        // A committee of 9: 6 pass, 5 do not, however many were present.
        assertThatCode(() -> MajorityVoteRule.R08.check(9, 6, 0, true, null, TODAY, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MajorityVoteRule.R08.check(9, 5, 0, true, null, TODAY, TODAY))
                .isInstanceOf(RuleViolationException.class)
                .hasMessageContaining("6/9")
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("inFavour"));
    }

    @Test
    void R08_a_vote_that_reached_two_thirds_cannot_be_recorded_as_not_recommending() {
        assertThatThrownBy(() -> MajorityVoteRule.R08.check(3, 2, 1, false, "lý do", TODAY, TODAY))
                .isInstanceOf(RuleViolationException.class)
                .satisfies(e -> assertThat(((RuleViolationException) e).field()).isEqualTo("recommends"));
        assertThatCode(() -> MajorityVoteRule.R08.check(3, 1, 2, false, "Chưa đủ tiêu chuẩn", TODAY, TODAY))
                .doesNotThrowAnyException();
    }

    @Test
    void R08_not_recommending_needs_a_reason_and_votes_cannot_outnumber_the_committee() {
        assertThatThrownBy(() -> MajorityVoteRule.R08.check(3, 1, 2, false, " ", TODAY, TODAY))
                .hasMessageContaining("lý do");
        assertThatThrownBy(() -> MajorityVoteRule.R08.check(3, 3, 1, true, null, TODAY, TODAY))
                .hasMessageContaining("vượt quá");
        assertThatThrownBy(() -> MajorityVoteRule.R08.check(3, 3, 0, true, null, TODAY.plusDays(1), TODAY))
                .hasMessageContaining("Ngày họp");
    }

    @Test
    void R13_recognition_resolution_needs_two_thirds_of_official_members() {
        assertThatCode(() -> MajorityVoteRule.R13.check(7, 5, 2, true, null, TODAY, TODAY)).doesNotThrowAnyException();
        assertThatThrownBy(() -> MajorityVoteRule.R13.check(7, 4, 0, true, null, TODAY, TODAY))
                .hasMessageContaining("5/7 đảng viên chính thức");
    }
}
