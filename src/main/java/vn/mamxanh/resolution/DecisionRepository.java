package vn.mamxanh.resolution;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** committee_decision: admission and recognition decisions, only ever added. */
@Repository
public class DecisionRepository {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public DecisionRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public void add(Decision decision) {
        jdbc.sql("""
                insert into committee_decision (case_id, purpose, approved, decision_number, decision_date, signer,
                    reason, recorded_by, recorded_at, unit_id)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(decision.caseId(), decision.purpose().name(), decision.approved(), decision.decisionNumber(),
                        Date.valueOf(decision.decisionDate()), decision.signer(), decision.reason(),
                        decision.recordedBy(), Timestamp.from(decision.recordedAt()), decision.unitId())
                .update();
        events.publishEvent(new DecisionTaken(decision.caseId(), decision.purpose().name(), decision.approved(),
                decision.decisionNumber(), decision.decisionDate(), decision.reason()));
    }

    public Optional<Decision> latest(String caseId, Purpose purpose) {
        return jdbc.sql("select * from committee_decision where case_id = ? and purpose = ? order by id desc")
                .params(caseId, purpose.name()).query(this::map).list().stream().findFirst();
    }

    public long count(String caseId) {
        return jdbc.sql("select count(*) from committee_decision where case_id = ?").param(caseId).query(Long.class).single();
    }

    private Decision map(ResultSet rs, int row) throws SQLException {
        return new Decision(rs.getString("case_id"), Purpose.valueOf(rs.getString("purpose")),
                rs.getBoolean("approved"), rs.getString("decision_number"), rs.getDate("decision_date").toLocalDate(),
                rs.getString("signer"), rs.getString("reason"), rs.getString("recorded_by"),
                rs.getTimestamp("recorded_at").toInstant(), rs.getString("unit_id"));
    }
}
