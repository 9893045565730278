package vn.mamxanh.audit.journal;

import java.time.LocalDate;
import java.util.Collection;

/**
 * What an auditor looks for across cases. Every criterion is optional; {@code units} is the set the
 * entries' unit must be in (a unit and everything below it, already limited to the auditor's scope).
 *
 * @param afterDeadline only steps done after their deadline ("decisions taken late")
 * @param nationwide    also entries that belong to no unit and no case (the holiday table), which
 *                      every auditor may read; off when the auditor asked for one unit
 */
public record JournalSearch(
        String actor,
        Collection<String> units,
        String action,
        LocalDate from,
        LocalDate to,
        String outcome,
        boolean afterDeadline,
        String caseId,
        boolean nationwide) {
}
