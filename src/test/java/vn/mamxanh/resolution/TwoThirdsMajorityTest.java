package vn.mamxanh.resolution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TwoThirdsMajorityTest {

    @Test
    void exactly_two_thirds_of_those_entitled_passes() {
        assertThat(TwoThirdsMajority.passes(4, 6)).isTrue();
        assertThat(TwoThirdsMajority.passes(2, 3)).isTrue();
    }

    @Test
    void one_vote_short_of_two_thirds_fails() {
        assertThat(TwoThirdsMajority.passes(3, 6)).isFalse();
        assertThat(TwoThirdsMajority.passes(4, 7)).isFalse();
        assertThat(TwoThirdsMajority.passes(5, 7)).isTrue();
    }

    @Test
    void votes_are_counted_against_everyone_entitled_not_those_present() {
        // 5 of 5 present voted in favour, but the branch has 9 official members: 5 < 6.
        assertThat(TwoThirdsMajority.passes(5, 9)).isFalse();
        assertThat(TwoThirdsMajority.needed(9)).isEqualTo(6);
    }

    @Test
    void more_votes_in_favour_than_members_is_not_a_pass() {
        assertThat(TwoThirdsMajority.passes(7, 6)).isFalse();
        assertThat(TwoThirdsMajority.passes(0, 0)).isFalse();
    }

    @Test
    void the_needed_count_is_the_first_that_passes() {
        for (long entitled = 1; entitled <= 60; entitled++) {
            long needed = TwoThirdsMajority.needed(entitled);
            assertThat(TwoThirdsMajority.passes(needed, entitled)).isTrue();
            assertThat(TwoThirdsMajority.passes(needed - 1, entitled)).isFalse();
        }
    }
}
