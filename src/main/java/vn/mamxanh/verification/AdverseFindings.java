package vn.mamxanh.verification;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * R06: verification covers the candidate and every close family member of the self-report, each
 * with a result and a responsible verifier; an unresolved adverse finding blocks the resolution.
 */
public final class AdverseFindings {

    public record Item(String subject, VerificationResult result, String verifierId) {
    }

    private AdverseFindings() {
    }

    /** Subjects of the self-report for which no result was given (matched by name, ignoring case). */
    public static List<String> uncovered(Collection<String> subjects, Collection<Item> items) {
        List<String> given = new ArrayList<>(items.stream().map(item -> key(item.subject())).toList());
        List<String> missing = new ArrayList<>();
        for (String subject : subjects) {
            if (!given.remove(key(subject))) {
                missing.add(subject);
            }
        }
        return missing;
    }

    public static boolean blocksResolution(Collection<Item> items) {
        return items.stream().anyMatch(item -> item.result() == VerificationResult.ADVERSE);
    }

    private static String key(String subject) {
        return subject.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
