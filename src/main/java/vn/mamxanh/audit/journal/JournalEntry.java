package vn.mamxanh.audit.journal;

import java.time.Instant;

import vn.mamxanh.audit.AuditAction;

/** One entry of the audit journal as stored; {@code details} is the canonical JSON that was hashed. */
public record JournalEntry(
        long seq,
        Instant recordedAt,
        String caseId,
        String unitId,
        String actor,
        String actorRole,
        String action,
        String step,
        String outcome,
        Instant deadline,
        String details,
        String taskId,
        String processInstanceId,
        String prevHash,
        String hash) {

    public String actionLabel() {
        return AuditAction.labelOf(action);
    }

    /** Done after the step's deadline: what "taken late" means in a search. */
    public boolean afterDeadline() {
        return deadline != null && recordedAt.isAfter(deadline);
    }
}
