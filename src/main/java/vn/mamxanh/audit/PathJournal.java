package vn.mamxanh.audit;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.DeadlineMissed;
import vn.mamxanh.candidate.CandidateIntroduced;
import vn.mamxanh.candidate.CaseChanged;
import vn.mamxanh.candidate.CaseEnded;
import vn.mamxanh.resolution.DecisionTaken;
import vn.mamxanh.resolution.VoteRecorded;

/**
 * The one place where what happens on the path becomes journal entries (R16): the features publish
 * their domain events where they store the fact (a case row, a vote, a decision), and each becomes an
 * entry in the same transaction. The deadline a vote or decision was due by is added by the engine's
 * journal when the step that recorded it completes ({@code JournalHistoryEventHandler}), because the
 * deadline is drawn in the model, not known to the feature's table.
 */
@Component
class PathJournal {

    private final AuditJournal journal;

    PathJournal(AuditJournal journal) {
        this.journal = journal;
    }

    @EventListener
    void introduced(CandidateIntroduced e) {
        journal.record(CaseEvent.of(e.caseId(), AuditAction.CASE_INTRODUCED, Map.of(
                "branch", e.branchId(), "introducedByUnit", e.introducedByUnitId(), "introducedBy", e.introducedBy())));
    }

    @EventListener
    void changed(CaseChanged e) {
        journal.record(new CaseEvent(e.caseId(), AuditAction.CASE_CHANGED, e.value(), null,
                Map.of("field", e.field(), "value", e.value())));
    }

    @EventListener
    void ended(CaseEnded e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("reason", e.reason());
        details.put("endedBy", e.endedBy());
        journal.record(new CaseEvent(e.caseId(), AuditAction.CASE_ENDED, e.status().name(), null, details));
    }

    @EventListener
    void voted(VoteRecorded e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("body", e.body());
        details.put("unit", e.unitId());
        details.put("meetingDate", e.meetingDate() == null ? null : e.meetingDate().toString());
        details.put("entitled", e.entitled());
        details.put("present", e.present());
        details.put("inFavour", e.inFavour());
        details.put("against", e.against());
        details.values().removeIf(java.util.Objects::isNull);
        journal.record(new CaseEvent(e.caseId(), AuditAction.VOTE_RECORDED, e.outcome(), null, details));
    }

    @EventListener
    void decided(DecisionTaken e) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", e.kind());
        details.put("number", e.number());
        details.put("date", e.date() == null ? null : e.date().toString());
        details.put("reason", e.reason());
        details.values().removeIf(java.util.Objects::isNull);
        journal.record(new CaseEvent(e.caseId(), AuditAction.DECISION_TAKEN, e.approved() ? "APPROVED" : "REJECTED",
                null, details));
    }

    @EventListener
    void missed(DeadlineMissed e) {
        journal.record(new CaseEvent(e.caseId(), AuditAction.DEADLINE_MISSED, "OVERDUE", e.deadline(),
                Map.of("step", e.lateStep(), "rule", e.rule())));
    }
}
