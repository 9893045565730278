package vn.mamxanh.audit.web;

import java.text.Normalizer;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The result of a step in words ("Đạt", not {@code PASSED}), and back: an auditor searches by the
 * word they read, with or without diacritics ("dat", "Đạt"), or by the stored code.
 */
public final class Outcomes {

    /** Stored code → what the inspection commission reads, in the order the search form offers them. */
    public static final Map<String, String> WORDS = new LinkedHashMap<>();

    static {
        WORDS.put("PASSED", "Đạt");
        WORDS.put("FAILED", "Không đạt");
        WORDS.put("APPROVED", "Chấp thuận");
        WORDS.put("REJECTED", "Không chấp thuận");
        WORDS.put("ACCEPTED", "Tiếp nhận");
        WORDS.put("DECLINED", "Không tiếp nhận");
        WORDS.put("RETAKE_CLASS", "Học lại lớp nhận thức");
        WORDS.put("COMPLETED", "Hoàn tất");
        WORDS.put("INTERNALLY_TERMINATED", "Dừng theo quy trình");
        WORDS.put("EXTERNALLY_TERMINATED", "Bị dừng (hủy)");
        WORDS.put("ACTIVE", "Đang chạy");
        WORDS.put("ON_TIME", "Đúng hạn");
        WORDS.put("LATE", "Làm sau hạn");
        WORDS.put("OVERDUE", "Quá hạn, chưa làm");
        WORDS.put("CLOSED", "Dừng xem xét");
        WORDS.put("OFFICIAL", "Công nhận đảng viên chính thức");
        WORDS.put("REMOVED", "Xóa tên");
        WORDS.put("PROBATIONARY", "Đảng viên dự bị");
        WORDS.put("DAY_OFF", "Ngày nghỉ");
        WORDS.put("WORKING_DAY", "Ngày làm bù");
        WORDS.put("AUTHORISED", "Được ủy quyền kết nạp");
        WORDS.put("NOT_AUTHORISED", "Không được ủy quyền kết nạp");
        WORDS.put("DELETED", "Bỏ khỏi bảng ngày nghỉ");
    }

    private Outcomes() {
    }

    /** A code in words; a rule id ("R07") reads "Vi phạm R07"; an unknown code is shown as stored. */
    public static String words(String code) {
        if (code == null) {
            return null;
        }
        if (code.matches("R\\d{2}")) {
            return "Vi phạm quy định " + code;
        }
        return WORDS.getOrDefault(code, code);
    }

    /** What the auditor typed, as the stored code: a word ("đạt", "khong dat"), a rule id or the code itself. */
    public static Optional<String> code(String typed) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String wanted = plain(typed);
        for (Map.Entry<String, String> entry : WORDS.entrySet()) {
            if (plain(entry.getValue()).equals(wanted) || plain(entry.getKey()).equals(wanted)) {
                return Optional.of(entry.getKey());
            }
        }
        String rule = wanted.replace("vi pham quy dinh ", "").replace("vi pham ", "").toUpperCase(Locale.ROOT);
        return Optional.of(rule.matches("R\\d{2}") ? rule : typed.trim());
    }

    /** Lower case, no diacritics (đ included), single spaces. */
    static String plain(String text) {
        String decomposed = Normalizer.normalize(text.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace('đ', 'd').replace('_', ' ');
        return decomposed.replaceAll("\\s+", " ");
    }
}
