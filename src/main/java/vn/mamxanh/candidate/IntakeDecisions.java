package vn.mamxanh.candidate;

import java.sql.Timestamp;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The intake_decision table: the branch's answer to an introduction. */
@Repository
public class IntakeDecisions {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public IntakeDecisions(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public void record(String caseId, boolean accepted, String reason, String exemptionReason, String decidedBy) {
        jdbc.sql("""
                insert into intake_decision (case_id, accepted, reason, education_exemption_reason, decided_by, decided_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(caseId, accepted, reason, exemptionReason, decidedBy, Timestamp.from(CaseRepository.now()))
                .update();
        events.publishEvent(new vn.mamxanh.resolution.DecisionTaken(caseId, "INTAKE", accepted, null, null,
                reason != null ? reason : exemptionReason));
    }
}
