package vn.mamxanh.candidate;

/** Where a case stands on the path of DOMAIN.md §2, in order. */
public enum CaseStage {
    INTRODUCTION("Giới thiệu quần chúng"),
    SOURCE_POOL("Tạo nguồn"),
    MENTORING("Bồi dưỡng, giúp đỡ"),
    AWARENESS_CLASS("Học lớp nhận thức về Đảng"),
    DOSSIER("Hoàn thiện hồ sơ"),
    VERIFICATION("Thẩm tra lý lịch"),
    BRANCH_RESOLUTION("Chi bộ xét, biểu quyết"),
    COMMITTEE_REVIEW("Đảng ủy cơ sở xét, thẩm định"),
    DECISION("Cấp ủy quyết định kết nạp"),
    CEREMONY("Lễ kết nạp"),
    PROBATION("Đảng viên dự bị"),
    RECOGNITION("Xét công nhận chính thức");

    private final String label;

    CaseStage(String label) {
        this.label = label;
    }

    /** The stage's name as the users call it. */
    public String label() {
        return label;
    }
}
