package vn.mamxanh.verification;

import java.util.Arrays;
import java.util.Optional;

/** The outcome of verifying one person (R06), as the committee writes it. */
public enum VerificationResult {
    CLEAR("Đạt"),
    /** an adverse finding still open: blocks the branch resolution */
    ADVERSE("Có vấn đề"),
    /** an adverse finding that has been clarified */
    RESOLVED("Đã làm rõ");

    private final String label;

    VerificationResult(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<VerificationResult> fromLabel(String text) {
        return Arrays.stream(values())
                .filter(result -> result.label.equalsIgnoreCase(text.trim()) || result.name().equalsIgnoreCase(text.trim()))
                .findFirst();
    }
}
