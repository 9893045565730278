package vn.mamxanh.resolution;

/** Which step of the path a vote or a decision belongs to. */
public enum Purpose {
    /** đảng ủy cơ sở đề nghị kết nạp (R08), cấp ủy quyết định kết nạp (R09) */
    ADMISSION,
    /** chi bộ đề nghị, cấp ủy quyết định công nhận đảng viên chính thức (R13) */
    RECOGNITION,
    /** the vote of an authorised grassroots committee deciding admission as a whole (R08 count, 294-QĐ/TW §4.3.2) */
    ADMISSION_DECISION,
    /** the vote of an authorised grassroots committee deciding recognition as a whole */
    RECOGNITION_DECISION
}
