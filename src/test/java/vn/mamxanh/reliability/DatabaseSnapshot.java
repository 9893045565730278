package vn.mamxanh.reliability;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a person restoring a backup would check is all there: every case with its stage and status,
 * how much engine history each case has (process instances, activities, tasks, variables), and the
 * audit journal: its number of entries and the hash of its last entry.
 */
record DatabaseSnapshot(Map<String, String> cases, Map<String, Long> historyRowsPerCase, long journalEntries,
                        long journalHeadSeq, String journalHeadHash) {

    static DatabaseSnapshot of(Connection connection) throws SQLException {
        Map<String, String> cases = new TreeMap<>();
        Map<String, Long> history = new TreeMap<>();
        try (Statement statement = connection.createStatement()) {
            try (ResultSet rows = statement.executeQuery("select id, stage, status from candidate_case")) {
                while (rows.next()) {
                    cases.put(rows.getString(1), rows.getString(2) + "/" + rows.getString(3));
                }
            }
            try (ResultSet rows = statement.executeQuery("""
                    select p.business_key_,
                      count(distinct p.id_)
                      + (select count(*) from act_hi_actinst a join act_hi_procinst q on a.proc_inst_id_ = q.id_ where q.business_key_ = p.business_key_)
                      + (select count(*) from act_hi_taskinst t join act_hi_procinst q on t.proc_inst_id_ = q.id_ where q.business_key_ = p.business_key_)
                      + (select count(*) from act_hi_varinst v join act_hi_procinst q on v.proc_inst_id_ = q.id_ where q.business_key_ = p.business_key_)
                    from act_hi_procinst p where p.business_key_ is not null group by p.business_key_
                    """)) {
                while (rows.next()) {
                    history.put(rows.getString(1), rows.getLong(2));
                }
            }
            long entries;
            try (ResultSet rows = statement.executeQuery("select count(*) from audit_journal")) {
                rows.next();
                entries = rows.getLong(1);
            }
            try (ResultSet rows = statement.executeQuery("select last_seq, last_hash from audit_journal_head where id = 1")) {
                rows.next();
                return new DatabaseSnapshot(cases, history, entries, rows.getLong(1), rows.getString(2));
            }
        }
    }
}
