package vn.mamxanh.resolution;

import java.time.LocalDate;

import vn.mamxanh.web.RuleViolationException;

/**
 * A recorded vote must agree with the two-thirds rule: a recommendation passes only with two thirds
 * of everyone entitled in favour (R08: the grassroots committee's members; R13: the branch's official
 * members, as R07), and a meeting that reached two thirds cannot be written down as not recommending.
 */
public record MajorityVoteRule(String rule, String voters, String proposal) {

    public static final MajorityVoteRule R08 = new MajorityVoteRule("R08", "đảng ủy viên", "đề nghị kết nạp");
    public static final MajorityVoteRule R13 = new MajorityVoteRule("R13", "đảng viên chính thức", "đề nghị công nhận chính thức");

    public void check(int entitled, int inFavour, int against, boolean recommends, String reason,
                      LocalDate meetingDate, LocalDate today) {
        if (meetingDate.isAfter(today)) {
            throw new RuleViolationException(rule, "meetingDate", "Ngày họp không thể sau ngày hôm nay.");
        }
        if (entitled <= 0) {
            throw new RuleViolationException(rule, "inFavour",
                    "Chưa có " + voters + " nào trong danh sách tổ chức: không thể tính hai phần ba.");
        }
        if (inFavour + against > entitled) {
            throw new RuleViolationException(rule, "inFavour", "Tổng số phiếu tán thành và không tán thành ("
                    + (inFavour + against) + ") vượt quá tổng số " + voters + " (" + entitled + ").");
        }
        boolean passes = TwoThirdsMajority.passes(inFavour, entitled);
        if (recommends && !passes) {
            throw new RuleViolationException(rule, "inFavour", "Nghị quyết " + proposal + " cần ít nhất "
                    + TwoThirdsMajority.needed(entitled) + "/" + entitled + " " + voters
                    + " tán thành (hai phần ba tổng số " + voters + ", không phải số có mặt); mới có " + inFavour + ".");
        }
        if (!recommends && passes) {
            throw new RuleViolationException(rule, "recommends", "Đã có " + inFavour + "/" + entitled + " " + voters
                    + " tán thành, đủ hai phần ba: kết quả biểu quyết là " + proposal + ".");
        }
        if (!recommends && (reason == null || reason.isBlank())) {
            throw new RuleViolationException(rule, "reason", "Cần ghi lý do không " + proposal + ".");
        }
    }
}
