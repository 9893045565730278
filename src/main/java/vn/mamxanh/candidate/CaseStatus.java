package vn.mamxanh.candidate;

/** Whether a case is still walking the path, and how it ended. */
public enum CaseStatus {
    /** on the path, before admission */
    OPEN("Đang xét"),
    /** admitted, serving probation */
    PROBATIONARY("Đảng viên dự bị"),
    /** recognised as an official member */
    OFFICIAL("Đảng viên chính thức"),
    /** ended before admission: declined, withdrawn, failed a review */
    CLOSED("Đã dừng"),
    /** xóa tên: not recognised after probation */
    REMOVED("Đã xóa tên");

    private final String label;

    CaseStatus(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public boolean isEnded() {
        return this == OFFICIAL || this == CLOSED || this == REMOVED;
    }
}
