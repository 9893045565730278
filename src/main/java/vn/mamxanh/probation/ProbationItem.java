package vn.mamxanh.probation;

/** The four things recognition needs (R12). */
public enum ProbationItem {
    /** giấy chứng nhận lớp bồi dưỡng đảng viên mới */
    COURSE_CERTIFICATE("giấy chứng nhận lớp bồi dưỡng đảng viên mới"),
    /** bản tự kiểm điểm */
    SELF_CRITIQUE("bản tự kiểm điểm"),
    /** nhận xét của đảng viên giúp đỡ */
    MENTOR_EVALUATION("nhận xét của đảng viên giúp đỡ"),
    /** nhận xét của đoàn thể và chi ủy nơi cư trú */
    COMMUNITY_COMMENTS("nhận xét của đoàn thể và nơi cư trú");

    private final String label;

    ProbationItem(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
