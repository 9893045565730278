package vn.mamxanh.audit;

import java.time.Instant;
import java.util.Map;

/**
 * A step of a case that the audit journal must hold (R16), as a feature reports it: publish it
 * with {@code ApplicationEventPublisher} (or call {@link AuditJournal#record}) inside the
 * transaction that makes the change, so the entry is written if and only if the change commits.
 * Who acted, in which role and when is filled in by the journal from the logged-in person and the
 * engine clock.
 *
 * @param caseId   the case id (also the process business key)
 * @param action   what happened
 * @param outcome  a short stable code for the result, e.g. {@code PASSED}, {@code FAILED}, {@code ADMITTED}; may be null
 * @param deadline when the step was due, if it had a deadline; searches can then find steps taken after it
 * @param details  the data of the step (ids, counts, reasons), small values only
 */
public record CaseEvent(String caseId, AuditAction action, String outcome, Instant deadline, Map<String, ?> details) {

    public CaseEvent {
        details = details == null ? Map.of() : details;
    }

    public static CaseEvent of(String caseId, AuditAction action, Map<String, ?> details) {
        return new CaseEvent(caseId, action, null, null, details);
    }

    public CaseEvent withOutcome(String outcome) {
        return new CaseEvent(caseId, action, outcome, deadline, details);
    }

    public CaseEvent withDeadline(Instant deadline) {
        return new CaseEvent(caseId, action, outcome, deadline, details);
    }
}
