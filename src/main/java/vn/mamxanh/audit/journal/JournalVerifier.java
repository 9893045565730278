package vn.mamxanh.audit.journal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Re-computes the hash chain from the first entry and reports the first entry that does not fit:
 * its content no longer matches its hash, it does not point at the entry before it, or entries are
 * missing before it or after it.
 */
@Component
public class JournalVerifier {

    private final JournalRepository journal;

    public JournalVerifier(JournalRepository journal) {
        this.journal = journal;
    }

    @Transactional(readOnly = true)
    public Verification verify() {
        Walk walk = new Walk();
        journal.forEachInOrder(walk::check);
        if (walk.broken != null) {
            return walk.broken;
        }
        long headSeq = journal.headSeq();
        if (headSeq != walk.lastSeq || !journal.headHash().equals(walk.lastHash)) {
            return Verification.broken(walk.checked, walk.lastSeq + 1, Verification.Problem.MISSING_AFTER);
        }
        return Verification.intact(walk.checked, walk.lastSeq, walk.lastHash);
    }

    private static final class Walk {
        long checked;
        long lastSeq;
        String lastHash = JournalHashing.GENESIS_HASH;
        Verification broken;

        void check(JournalEntry entry) {
            if (broken != null) {
                return;
            }
            if (entry.seq() != lastSeq + 1) {
                broken = Verification.broken(checked, lastSeq + 1, Verification.Problem.MISSING);
            } else if (!entry.prevHash().equals(lastHash)) {
                broken = Verification.broken(checked, entry.seq(), Verification.Problem.LINK_BROKEN);
            } else if (!JournalHashing.hash(entry).equals(entry.hash())) {
                broken = Verification.broken(checked, entry.seq(), Verification.Problem.CONTENT_CHANGED);
            } else {
                checked++;
                lastSeq = entry.seq();
                lastHash = entry.hash();
            }
        }
    }
}
