package vn.mamxanh.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import vn.mamxanh.organisation.Membership;
import vn.mamxanh.organisation.Person;
import vn.mamxanh.verification.IntroducerRule.Limits;
import vn.mamxanh.verification.IntroducerRule.MemberIntroducer;

class IntroducerRuleTest {

    private static final Limits LIMITS = new Limits(12, 30);

    @Test
    void R04_two_official_members_each_12_months_with_the_candidate() {
        assertThat(check(IntroductionRoute.TWO_MEMBERS, 35, false, List.of(member(1, 12), member(2, 40)), null)).isEmpty();
        assertThat(check(IntroductionRoute.TWO_MEMBERS, 35, false, List.of(member(1, 12), member(2, 11)), null))
                .get().extracting(IntroducerRule.Violation::field).isEqualTo("introducer2Months");
        assertThat(check(IntroductionRoute.TWO_MEMBERS, 35, false, List.of(member(1, 12)), null))
                .get().extracting(IntroducerRule.Violation::field).isEqualTo("introducer2Id");
        assertThat(check(IntroductionRoute.TWO_MEMBERS, 35, false, List.of(member(1, 12), member(1, 12)), null)).isPresent();
    }

    @Test
    void R04_a_probationary_member_cannot_introduce() {
        MemberIntroducer probationary = new MemberIntroducer("introducer1Id", "p", Optional.of(
                new Person("p", "Dự Bị", null, "cb", Membership.PROBATIONARY, LocalDate.of(2026, 1, 1))), 24);
        assertThat(check(IntroductionRoute.TWO_MEMBERS, 35, false, List.of(probationary, member(2, 24)), null))
                .get().extracting(IntroducerRule.Violation::field).isEqualTo("introducer1Id");
    }

    @Test
    void R04_a_youth_union_member_of_youth_age_is_introduced_by_the_youth_union_and_one_member() {
        assertThat(check(IntroductionRoute.TWO_MEMBERS, 30, true, List.of(member(1, 12), member(2, 12)), null))
                .get().extracting(IntroducerRule.Violation::field).isEqualTo("introductionRoute");
        assertThat(check(IntroductionRoute.YOUTH_UNION, 30, true, List.of(member(1, 12)), "NQ 05")).isEmpty();
        assertThat(check(IntroductionRoute.YOUTH_UNION, 30, true, List.of(member(1, 12)), null))
                .get().extracting(IntroducerRule.Violation::field).isEqualTo("unionResolution");
        assertThat(check(IntroductionRoute.YOUTH_UNION, 31, true, List.of(member(1, 12)), "NQ 05")).isPresent();
    }

    @Test
    void R04_the_trade_union_introduces_only_past_youth_age() {
        assertThat(check(IntroductionRoute.TRADE_UNION, 31, false, List.of(member(1, 12)), "NQ CĐ 3")).isEmpty();
        assertThat(check(IntroductionRoute.TRADE_UNION, 29, false, List.of(member(1, 12)), "NQ CĐ 3")).isPresent();
        assertThat(check(IntroductionRoute.TRADE_UNION, 31, false, List.of(member(1, 12), member(2, 12)), "NQ CĐ 3")).isPresent();
    }

    private static Optional<IntroducerRule.Violation> check(IntroductionRoute route, int age, boolean youthUnionMember,
                                                           List<MemberIntroducer> members, String resolution) {
        return IntroducerRule.check(route, age, youthUnionMember, members, resolution, LIMITS);
    }

    private static MemberIntroducer member(int n, int months) {
        String id = "dv" + n;
        return new MemberIntroducer("introducer" + n + "Id", id,
                Optional.of(new Person(id, "Đảng Viên " + n, null, "cb", Membership.OFFICIAL, LocalDate.of(2000, 1, 1))), months);
    }
}
