package vn.mamxanh.audit;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an audit journal entry records. The engine's own steps are written by the journal itself;
 * the domain steps are recorded by the feature that performs them (see {@link CaseEvent}).
 */
public enum AuditAction {
    // written from Camunda's history events
    PROCESS_STARTED("Bắt đầu quy trình"),
    PROCESS_ENDED("Kết thúc quy trình"),
    TASK_CREATED("Tạo nhiệm vụ"),
    TASK_ASSIGNED("Giao nhiệm vụ"),
    TASK_CLAIMED("Nhận nhiệm vụ"),
    TASK_UNASSIGNED("Trả lại nhiệm vụ"),
    TASK_COMPLETED("Hoàn thành nhiệm vụ"),
    TASK_CANCELLED("Hủy nhiệm vụ"),
    DATA_RECORDED("Ghi dữ liệu quy trình"),
    TIMER_FIRED("Đến hạn theo hẹn giờ"),
    INCIDENT_OPENED("Sự cố kỹ thuật"),
    INCIDENT_RESOLVED("Khắc phục sự cố"),
    // written by the app when a request breaks a rule (the refused change itself is rolled back)
    RULE_REFUSED("Từ chối do vi phạm quy định"),
    // written by the app for engine writes that are not about one case
    IDENTITY_CHANGED("Thay đổi tài khoản, nhóm hoặc phân quyền"),
    JOB_RUN_BY_OPERATOR("Vận hành chạy lại hoặc hẹn lại công việc tự động"),
    // recorded by the features
    CASE_INTRODUCED("Giới thiệu quần chúng"),
    CASE_IMPORTED("Nhập hồ sơ từ tệp Excel"),
    CASE_CHANGED("Cập nhật hồ sơ"),
    CASE_ENDED("Kết thúc hồ sơ"),
    MENTOR_CHANGED("Thay đổi đảng viên giúp đỡ"),
    UNIT_CHANGED("Chuyển đơn vị"),
    VOTE_RECORDED("Ghi kết quả biểu quyết"),
    DECISION_TAKEN("Ra quyết định"),
    DEADLINE_MET("Đúng hạn"),
    DEADLINE_MISSED("Quá hạn"),
    DEADLINE_EXTENDED("Gia hạn thời hạn"),
    ESCALATED("Chuyển lên cấp trên"),
    // recorded by the administration of the organisation and the calendar
    ROLE_GRANTED("Giao chức trách"),
    ROLE_REVOKED("Thôi giao chức trách"),
    MEMBERSHIP_CHANGED("Thay đổi tình trạng đảng viên"),
    UNIT_FUNCTIONS_CHANGED("Thay đổi nhiệm vụ của đơn vị (ủy quyền kết nạp)"),
    MEMBER_MOVED("Chuyển sinh hoạt đảng"),
    HOLIDAY_CHANGED("Thay đổi lịch ngày nghỉ, ngày làm bù");

    private final String label;

    AuditAction(String label) {
        this.label = label;
    }

    /** The action as the inspection commission reads it. */
    public String label() {
        return label;
    }

    public static Optional<AuditAction> fromCode(String code) {
        return Arrays.stream(values()).filter(action -> action.name().equals(code)).findFirst();
    }

    /** Label for a stored code, which may come from a newer version of this list. */
    public static String labelOf(String code) {
        return fromCode(code).map(AuditAction::label).orElse(code);
    }
}
