package vn.mamxanh.verification;

import static vn.mamxanh.verification.VerificationVariables.*;

import java.util.List;
import java.util.Optional;

import vn.mamxanh.organisation.Membership;
import vn.mamxanh.organisation.Person;

/**
 * R04: two introducers, each an official member who has worked or lived with the candidate for at
 * least 12 months; a Youth Union member of youth age is introduced by the Youth Union's resolution
 * plus one official member; a candidate past youth age may be introduced by the Trade Union's
 * resolution plus one official member.
 */
public final class IntroducerRule {

    /** One member introducer as typed on the form: the id, whom it names (if anyone), months known. */
    public record MemberIntroducer(String field, String personId, Optional<Person> person, int monthsKnown) {
    }

    public record Violation(String field, String message) {
    }

    public record Limits(int minimumMonthsKnown, int youthUnionMaximumAge) {
    }

    private IntroducerRule() {
    }

    public static Optional<Violation> check(IntroductionRoute route, int candidateAge, boolean youthUnionMember,
                                            List<MemberIntroducer> members, String unionResolution, Limits limits) {
        boolean youthAge = candidateAge <= limits.youthUnionMaximumAge();
        int membersNeeded = route == IntroductionRoute.TWO_MEMBERS ? 2 : 1;
        if (route == IntroductionRoute.TWO_MEMBERS && youthAge && youthUnionMember) {
            return violation(INTRODUCTION_ROUTE, "Quần chúng là đoàn viên trong độ tuổi thanh niên (từ "
                    + limits.youthUnionMaximumAge() + " tuổi trở xuống) phải được Ban Chấp hành Đoàn cơ sở giới thiệu"
                    + " bằng nghị quyết, cùng một đảng viên chính thức.");
        }
        if (route == IntroductionRoute.YOUTH_UNION && !(youthAge && youthUnionMember)) {
            return violation(INTRODUCTION_ROUTE, "Chỉ đoàn viên từ " + limits.youthUnionMaximumAge()
                    + " tuổi trở xuống mới được Đoàn Thanh niên giới thiệu bằng nghị quyết.");
        }
        if (route == IntroductionRoute.TRADE_UNION && youthAge) {
            return violation(INTRODUCTION_ROUTE, "Công đoàn chỉ giới thiệu quần chúng đã quá tuổi thanh niên (trên "
                    + limits.youthUnionMaximumAge() + " tuổi).");
        }
        if (route != IntroductionRoute.TWO_MEMBERS && (unionResolution == null || unionResolution.isBlank())) {
            return violation(UNION_RESOLUTION, "Cần ghi số, ngày nghị quyết giới thiệu của tổ chức đoàn thể (mẫu 4-KNĐ).");
        }
        if (members.size() != membersNeeded) {
            String field = members.isEmpty() ? INTRODUCER_1_ID : INTRODUCER_2_ID;
            return violation(field, route == IntroductionRoute.TWO_MEMBERS
                    ? "Cần hai đảng viên chính thức giới thiệu (mẫu 3-KNĐ)."
                    : "Cần đúng một đảng viên chính thức giới thiệu cùng nghị quyết của tổ chức đoàn thể.");
        }
        if (members.size() == 2 && members.get(0).personId().equals(members.get(1).personId())) {
            return violation(INTRODUCER_2_ID, "Hai người giới thiệu phải là hai đảng viên khác nhau.");
        }
        for (MemberIntroducer introducer : members) {
            if (introducer.person().isEmpty() || introducer.person().get().membership() != Membership.OFFICIAL) {
                return violation(introducer.field(), "Người giới thiệu \"" + introducer.personId()
                        + "\" không phải là đảng viên chính thức.");
            }
            if (introducer.monthsKnown() < limits.minimumMonthsKnown()) {
                return violation(introducer.field().replace("Id", "Months"), "Người giới thiệu "
                        + introducer.person().get().fullName() + " mới công tác hoặc sinh sống cùng quần chúng "
                        + introducer.monthsKnown() + " tháng; cần ít nhất " + limits.minimumMonthsKnown() + " tháng.");
            }
        }
        return Optional.empty();
    }

    private static Optional<Violation> violation(String field, String message) {
        return Optional.of(new Violation(field, message));
    }
}
