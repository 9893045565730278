package vn.mamxanh.probation;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import vn.mamxanh.web.RuleViolationException;

/** R12: recognition needs the course certificate, the self-critique, the mentor's evaluation and the comments. */
public final class RecognitionRequirements {

    private RecognitionRequirements() {
    }

    public static Set<ProbationItem> missing(Set<ProbationItem> present) {
        Set<ProbationItem> missing = EnumSet.allOf(ProbationItem.class);
        missing.removeAll(present);
        return missing;
    }

    public static void check(Set<ProbationItem> present) {
        Set<ProbationItem> missing = missing(present);
        if (!missing.isEmpty()) {
            throw new RuleViolationException("R12", "recommends", "Chưa đủ hồ sơ để xét công nhận, còn thiếu: "
                    + missing.stream().map(ProbationItem::label).collect(Collectors.joining(", ")) + ".");
        }
    }
}
