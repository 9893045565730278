package vn.mamxanh.audit.journal;

import java.time.Instant;
import java.util.Map;

/** An entry about to be appended: everything but its place in the chain. */
public record JournalDraft(
        Instant recordedAt,
        String caseId,
        String unitId,
        String actor,
        String actorRole,
        String action,
        String step,
        String outcome,
        Instant deadline,
        Map<String, ?> details,
        String taskId,
        String processInstanceId) {

    public JournalDraft withActorRole(String newRole) {
        return new JournalDraft(recordedAt, caseId, unitId, actor, newRole, action, step, outcome, deadline, details, taskId,
                processInstanceId);
    }

    public JournalDraft withDeadline(Instant newDeadline) {
        return new JournalDraft(recordedAt, caseId, unitId, actor, actorRole, action, step, outcome, newDeadline, details,
                taskId, processInstanceId);
    }

    public JournalDraft withDetails(Map<String, ?> newDetails) {
        return new JournalDraft(recordedAt, caseId, unitId, actor, actorRole, action, step, outcome, deadline,
                newDetails, taskId, processInstanceId);
    }
}
