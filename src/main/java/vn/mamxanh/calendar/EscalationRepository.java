package vn.mamxanh.calendar;

import java.sql.Timestamp;
import java.time.Instant;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** deadline_escalation: each missed deadline, and what the level above did about it. */
@Repository
public class EscalationRepository {

    private final JdbcClient jdbc;

    public EscalationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String caseId, String overdueStep, String rule, Instant at) {
        jdbc.sql("insert into deadline_escalation (case_id, overdue_step, rule_id, escalated_at) values (?, ?, ?, ?)")
                .params(caseId, overdueStep, rule, Timestamp.from(at)).update();
    }


    public void answer(String caseId, String instruction, String answeredBy, Instant at) {
        jdbc.sql("""
                update deadline_escalation set instruction = ?, answered_by = ?, answered_at = ?
                where id = (select max(id) from deadline_escalation where case_id = ? and answered_at is null)""")
                .params(instruction, answeredBy, Timestamp.from(at), caseId).update();
    }

    public long count(String caseId, String overdueStep) {
        return jdbc.sql("select count(*) from deadline_escalation where case_id = ? and overdue_step = ?")
                .params(caseId, overdueStep).query(Long.class).single();
    }

    public long answered(String caseId) {
        return jdbc.sql("select count(*) from deadline_escalation where case_id = ? and answered_at is not null")
                .param(caseId).query(Long.class).single();
    }
}
