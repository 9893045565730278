package vn.mamxanh.audit.journal;

/**
 * The result of checking the journal's hash chain.
 *
 * @param checked        how many entries were found intact before the first broken one
 * @param firstBrokenSeq the number of the first entry that is changed or missing, or null when intact
 * @param lastHash       the hash of the last entry when intact: whoever wrote it down can check later
 *                       that nothing before it was rewritten
 */
public record Verification(boolean intact, long checked, Long firstBrokenSeq, Problem problem, String message,
                           Long lastSeq, String lastHash) {

    public enum Problem {
        CONTENT_CHANGED("Nội dung mục %d đã bị sửa: mã băm không còn khớp."),
        LINK_BROKEN("Mục %d không nối với mục liền trước: mục trước đã bị thay thế hoặc chèn thêm."),
        MISSING("Mục %d bị thiếu: nhật ký đã bị xóa bớt."),
        MISSING_AFTER("Các mục từ %d trở đi bị thiếu hoặc đầu chuỗi bị sửa.");

        private final String message;

        Problem(String message) {
            this.message = message;
        }
    }

    static Verification intact(long checked, long lastSeq, String lastHash) {
        return new Verification(true, checked, null, null,
                "Nhật ký nguyên vẹn: đã kiểm tra " + checked + " mục.", lastSeq, lastHash);
    }

    static Verification broken(long checked, long seq, Problem problem) {
        return new Verification(false, checked, seq, problem, problem.message.formatted(seq), null, null);
    }
}
