package vn.mamxanh.audit.journal;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.UnaryOperator;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Appends to the journal. Inside a transaction the entries wait until just before it commits, so a
 * rolled-back change leaves no entry, and the chain's lock is held only for the moment of writing
 * (not for the whole engine command). The only statements here are an insert into the journal and
 * the update of its head row: the application never changes or removes an entry.
 */
@Component
public class JournalWriter {

    private final JdbcClient jdbc;
    private final TransactionTemplate newTransaction;

    public JournalWriter(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Written with the current transaction, or at once when there is none. */
    public void append(JournalDraft draft) {
        if (TransactionSynchronizationManager.isSynchronizationActive()
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            pending().drafts.add(draft);
        } else {
            appendNow(draft);
        }
    }

    /** Written in a transaction of its own: for what must stay on record although the request failed. */
    public void appendNow(JournalDraft draft) {
        newTransaction.executeWithoutResult(status -> write(List.of(draft)));
    }

    /** Entries of the current transaction not yet written, oldest first. */
    public List<JournalDraft> pendingDrafts() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return List.of();
        }
        return TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingEntries.class::isInstance)
                .map(PendingEntries.class::cast)
                .findFirst()
                .map(pending -> List.copyOf(pending.drafts))
                .orElse(List.of());
    }

    /** Rewrites entries of the current transaction not yet written, e.g. to give them the role found later. */
    public void revisePending(Predicate<JournalDraft> which, UnaryOperator<JournalDraft> revision) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingEntries.class::isInstance)
                .map(PendingEntries.class::cast)
                .findFirst()
                .ifPresent(pending -> pending.drafts.replaceAll(draft -> which.test(draft) ? revision.apply(draft) : draft));
    }

    /*
     * The buffer is the synchronization itself, because synchronizations (unlike bound resources) are
     * suspended with their transaction: an inner REQUIRES_NEW transaction gets a buffer of its own.
     */
    private PendingEntries pending() {
        return TransactionSynchronizationManager.getSynchronizations().stream()
                .filter(PendingEntries.class::isInstance)
                .map(PendingEntries.class::cast)
                .findFirst()
                .orElseGet(() -> {
                    PendingEntries created = new PendingEntries();
                    TransactionSynchronizationManager.registerSynchronization(created);
                    return created;
                });
    }

    private final class PendingEntries implements TransactionSynchronization {
        private final List<JournalDraft> drafts = new ArrayList<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            List<JournalDraft> toWrite = List.copyOf(drafts);
            drafts.clear();
            write(toWrite);
        }

        @Override
        public int getOrder() {
            // after every other synchronization that might still record something
            return LOWEST_PRECEDENCE;
        }
    }

    private void write(List<JournalDraft> drafts) {
        if (drafts.isEmpty()) {
            return;
        }
        // One writer at a time: the head row is the chain's lock (PostgreSQL and H2 alike).
        Head head = jdbc.sql("select last_seq, last_hash from audit_journal_head where id = 1 for update")
                .query((rs, row) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")))
                .single();
        long seq = head.lastSeq();
        String previous = head.lastHash();
        for (JournalDraft draft : drafts) {
            seq++;
            // Values are fitted to their columns before hashing, so what is stored is exactly what was hashed.
            JournalEntry unsealed = new JournalEntry(seq, millis(draft.recordedAt()), cut(draft.caseId(), 64),
                    cut(draft.unitId(), 64), cut(draft.actor(), 64), cut(draft.actorRole(), 500), draft.action(),
                    cut(draft.step(), 255), cut(draft.outcome(), 64), millis(draft.deadline()),
                    JournalHashing.detailsJson(draft.details()), draft.taskId(), draft.processInstanceId(), previous, null);
            String hash = JournalHashing.hash(unsealed);
            insert(unsealed, hash);
            previous = hash;
        }
        jdbc.sql("update audit_journal_head set last_seq = ?, last_hash = ? where id = 1").params(seq, previous).update();
    }

    private void insert(JournalEntry e, String hash) {
        jdbc.sql("""
                insert into audit_journal (seq, recorded_at, case_id, unit_id, actor, actor_role, action, step, outcome,
                    deadline, details, task_id, process_instance_id, prev_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(e.seq(), JournalRepository.toDb(e.recordedAt()), e.caseId(), e.unitId(), e.actor(),
                        e.actorRole(), e.action(), e.step(), e.outcome(), JournalRepository.toDb(e.deadline()), e.details(), e.taskId(), e.processInstanceId(),
                        e.prevHash(), hash)
                .update();
    }

    private static String cut(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }

    private static Instant millis(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MILLIS);
    }

    private record Head(long lastSeq, String lastHash) {
    }
}
