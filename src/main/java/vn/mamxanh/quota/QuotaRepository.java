package vn.mamxanh.quota;

import java.sql.Timestamp;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The quota table: every assignment is kept; the latest one for a unit and year is in force. */
@Repository
public class QuotaRepository {

    private final JdbcClient jdbc;

    public QuotaRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void assign(String unitId, int year, int target, String assignedBy) {
        jdbc.sql("insert into quota (unit_id, quota_year, target, assigned_by, assigned_at) values (?, ?, ?, ?, ?)")
                .params(unitId, year, target, assignedBy, Timestamp.from(ClockUtil.getCurrentTime().toInstant()))
                .update();
    }

    public Optional<Integer> current(String unitId, int year) {
        return Optional.ofNullable(current(List.of(unitId), year).get(unitId));
    }

    public Map<String, Integer> current(Collection<String> unitIds, int year) {
        Map<String, Integer> found = new HashMap<>();
        if (unitIds.isEmpty()) {
            return found;
        }
        jdbc.sql("""
                select q.unit_id, q.target from quota q
                where q.quota_year = :year and q.unit_id in (:units)
                  and q.id = (select max(l.id) from quota l where l.unit_id = q.unit_id and l.quota_year = q.quota_year)""")
                .param("year", year).param("units", List.copyOf(unitIds))
                .query((rs, row) -> found.put(rs.getString("unit_id"), rs.getInt("target")))
                .list();
        return found;
    }

    public boolean anyFor(int year) {
        return jdbc.sql("select count(*) from quota where quota_year = ?").param(year).query(Long.class).single() > 0;
    }
}
