package vn.mamxanh.resolution;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** deadline_extension: at most one per case and decision (R09). */
@Repository
public class DeadlineExtensions {

    private final JdbcClient jdbc;

    DeadlineExtensions(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<DeadlineExtension> of(String caseId, Purpose purpose) {
        return jdbc.sql("select * from deadline_extension where case_id = ? and purpose = ?")
                .params(caseId, purpose.name()).query(this::map).optional();
    }

    public int extraWorkingDays(String caseId, Purpose purpose) {
        return of(caseId, purpose).map(DeadlineExtension::extraWorkingDays).orElse(0);
    }

    void add(DeadlineExtension extension) {
        jdbc.sql("""
                insert into deadline_extension (case_id, purpose, extra_working_days, reason, due_before, due_after,
                    granted_by, granted_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(extension.caseId(), extension.purpose().name(), extension.extraWorkingDays(), extension.reason(),
                        Date.valueOf(extension.dueBefore()), Date.valueOf(extension.dueAfter()), extension.grantedBy(),
                        Timestamp.from(extension.grantedAt()))
                .update();
    }

    private DeadlineExtension map(ResultSet rs, int row) throws SQLException {
        return new DeadlineExtension(rs.getString("case_id"), Purpose.valueOf(rs.getString("purpose")),
                rs.getInt("extra_working_days"), rs.getString("reason"), rs.getDate("due_before").toLocalDate(),
                rs.getDate("due_after").toLocalDate(), rs.getString("granted_by"), rs.getTimestamp("granted_at").toInstant());
    }
}
