package vn.mamxanh.resolution;

/** Which step of the path a vote or a decision belongs to. */
public enum Purpose {
    /** đảng ủy cơ sở đề nghị kết nạp (R08), cấp ủy quyết định kết nạp (R09) */
    ADMISSION,
    /** chi bộ đề nghị, cấp ủy quyết định công nhận đảng viên chính thức (R13) */
    RECOGNITION
}
