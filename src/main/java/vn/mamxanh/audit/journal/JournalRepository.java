package vn.mamxanh.audit.journal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.mamxanh.web.VietnamTime;

/** Reads the audit journal. (Writing is {@link JournalWriter}'s alone, and it only inserts.) */
@Repository
public class JournalRepository {

    private static final int PAGE = 1000;

    private final JdbcClient jdbc;

    public JournalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<JournalEntry> ofCase(String caseId) {
        return jdbc.sql("select * from audit_journal where case_id = ? order by seq").param(caseId).query(this::map).list();
    }

    public List<JournalEntry> search(JournalSearch search, int limit) {
        return search(search, 0, limit);
    }

    /** One page of a search, in chain order. */
    public List<JournalEntry> search(JournalSearch search, long offset, int limit) {
        List<Object> params = new ArrayList<>();
        String where = where(search, params);
        if (where == null) {
            return List.of();
        }
        return jdbc.sql("select * from audit_journal" + where + " order by seq offset " + Math.max(0, offset)
                + " rows fetch next " + limit + " rows only").params(params).query(this::map).list();
    }

    /** How many entries a search finds in all. */
    public long count(JournalSearch search) {
        List<Object> params = new ArrayList<>();
        String where = where(search, params);
        if (where == null) {
            return 0;
        }
        return jdbc.sql("select count(*) from audit_journal" + where).params(params).query(Long.class).single();
    }

    /** The search's conditions; null when it can find nothing (an empty scope). */
    private static String where(JournalSearch search, List<Object> params) {
        StringBuilder sql = new StringBuilder(" where 1 = 1");
        if (search.units() != null) {
            if (search.units().isEmpty()) {
                return null;
            }
            sql.append(" and (unit_id in (").append(String.join(", ", Collections.nCopies(search.units().size(), "?"))).append(')');
            if (search.nationwide()) {
                sql.append(" or (unit_id is null and case_id is null)");
            }
            sql.append(')');
            params.addAll(search.units());
        }
        if (present(search.actor())) {
            sql.append(" and actor = ?");
            params.add(search.actor().trim());
        }
        if (present(search.action())) {
            sql.append(" and action = ?");
            params.add(search.action().trim());
        }
        if (present(search.outcome())) {
            sql.append(" and outcome = ?");
            params.add(search.outcome().trim());
        }
        if (present(search.caseId())) {
            sql.append(" and case_id = ?");
            params.add(search.caseId().trim());
        }
        if (search.from() != null) {
            sql.append(" and recorded_at >= ?");
            params.add(toDb(VietnamTime.startOf(search.from())));
        }
        if (search.to() != null) {
            sql.append(" and recorded_at < ?");
            params.add(toDb(VietnamTime.startOf(search.to().plusDays(1))));
        }
        if (search.afterDeadline()) {
            sql.append(" and deadline is not null and recorded_at > deadline");
        }
        return sql.toString();
    }

    /** Every entry in chain order, a page at a time, so a long journal is never all in memory. */
    public void forEachInOrder(Consumer<JournalEntry> visitor) {
        long after = 0;
        while (true) {
            List<JournalEntry> page = jdbc.sql("select * from audit_journal where seq > ? order by seq fetch first "
                    + PAGE + " rows only").param(after).query(this::map).list();
            page.forEach(visitor);
            if (page.size() < PAGE) {
                return;
            }
            after = page.get(page.size() - 1).seq();
        }
    }

    public long headSeq() {
        return jdbc.sql("select last_seq from audit_journal_head where id = 1").query(Long.class).single();
    }

    public String headHash() {
        return jdbc.sql("select last_hash from audit_journal_head where id = 1").query(String.class).single();
    }

    private JournalEntry map(ResultSet rs, int row) throws SQLException {
        return new JournalEntry(rs.getLong("seq"), fromDb(rs.getObject("recorded_at", OffsetDateTime.class)),
                rs.getString("case_id"), rs.getString("unit_id"), rs.getString("actor"), rs.getString("actor_role"),
                rs.getString("action"), rs.getString("step"), rs.getString("outcome"),
                fromDb(rs.getObject("deadline", OffsetDateTime.class)), rs.getString("details"), rs.getString("task_id"),
                rs.getString("process_instance_id"), rs.getString("prev_hash"), rs.getString("hash"));
    }

    static OffsetDateTime toDb(Instant instant) {
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant fromDb(OffsetDateTime time) {
        return time == null ? null : time.toInstant();
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
