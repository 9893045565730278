package vn.mamxanh.mentoring;

import java.util.Optional;

import vn.mamxanh.organisation.Person;

/** R05: the mentor is an official member of the candidate's own branch. */
public final class MentorRule {

    private MentorRule() {
    }

    /** The Vietnamese reason for refusing the mentor, or empty if acceptable. */
    public static Optional<String> violation(Optional<Person> mentor, String branchId) {
        if (mentor.isEmpty()) {
            return Optional.of("Không tìm thấy đảng viên giúp đỡ với tên đăng nhập đã nhập.");
        }
        if (!mentor.get().isOfficialMemberOf(branchId)) {
            return Optional.of("Đảng viên giúp đỡ phải là đảng viên chính thức của chính chi bộ tiếp nhận quần chúng ("
                    + mentor.get().fullName() + " không đáp ứng).");
        }
        return Optional.empty();
    }
}
