package vn.mamxanh.audit;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.mamxanh.audit.journal.Attribution;
import vn.mamxanh.audit.journal.JournalDraft;
import vn.mamxanh.audit.journal.JournalWriter;

/**
 * The audit module's public face for the other features: record a step of a case (R16). Either
 * publish a {@link CaseEvent} or call {@link #record(CaseEvent)}, inside the transaction that makes
 * the change. Steps of the engine (tasks, processes, decisions stored as variables, incidents) are
 * journalled without any call.
 */
@Component
public class AuditJournal {

    private final JournalWriter writer;
    private final Attribution attribution;
    private final ObjectProvider<IdentityService> identity;

    public AuditJournal(JournalWriter writer, Attribution attribution, ObjectProvider<IdentityService> identity) {
        this.writer = writer;
        this.attribution = attribution;
        this.identity = identity;
    }

    @EventListener
    public void on(CaseEvent event) {
        record(event);
    }

    /** Journals the step with the current transaction: kept if it commits, gone if it rolls back. */
    public void record(CaseEvent event) {
        writer.append(draft(event, currentUser()));
    }

    /**
     * Journals a change that belongs to no case, with the current transaction: a role, a membership,
     * the holiday table. {@code unitId} is the unit it concerns (whose auditors read it), or null for
     * what concerns everyone.
     */
    public void recordAbout(String unitId, AuditAction action, String outcome, Map<String, ?> details) {
        String actor = currentUser();
        writer.append(new JournalDraft(ClockUtil.getCurrentTime().toInstant(), null, unitId, actor,
                attribution.rolesOf(actor, List.of()), action.name(), null, outcome, null, Map.copyOf(nonNull(details)),
                null, null));
    }

    /**
     * Journals a step at once in a transaction of its own, for what must stay on record although the
     * request that caused it is rolled back (a refusal).
     */
    public void recordIndependently(CaseEvent event, String actor) {
        writer.appendNow(draft(event, actor == null ? currentUser() : actor));
    }

    private JournalDraft draft(CaseEvent event, String actor) {
        return new JournalDraft(ClockUtil.getCurrentTime().toInstant(), event.caseId(), attribution.unitOf(event.caseId()),
                actor, roleOf(actor), event.action().name(), null, event.outcome(),
                event.deadline(), Map.copyOf(nonNull(event.details())), null, null);
    }

    /** What a person causes by completing a task, they cause in the role they completed it in. */
    private String roleOf(String actor) {
        String acting = null;
        for (JournalDraft pending : writer.pendingDrafts()) {
            if (AuditAction.TASK_COMPLETED.name().equals(pending.action()) && actor.equals(pending.actor())) {
                acting = pending.actorRole();
            }
        }
        return acting != null ? acting : attribution.rolesOf(actor, List.of());
    }

    private String currentUser() {
        Authentication engineUser = identity.getObject().getCurrentAuthentication();
        if (engineUser != null && engineUser.getUserId() != null) {
            return engineUser.getUserId();
        }
        var springUser = SecurityContextHolder.getContext().getAuthentication();
        if (springUser != null && springUser.isAuthenticated() && !"anonymousUser".equals(springUser.getName())) {
            return springUser.getName();
        }
        return Attribution.SYSTEM;
    }

    private static Map<String, ?> nonNull(Map<String, ?> details) {
        var copy = new TreeMap<String, Object>();
        details.forEach((key, value) -> copy.put(key, value == null ? "" : value));
        return copy;
    }
}
