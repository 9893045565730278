package vn.mamxanh.training;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** class_enrolment and class_result: proposals for the awareness class and what the political centre recorded. */
@Repository
public class AwarenessClasses {

    private final JdbcClient jdbc;

    public AwarenessClasses(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void propose(String caseId, String note, String proposedBy) {
        jdbc.sql("insert into class_enrolment (case_id, note, proposed_by, proposed_at) values (?, ?, ?, ?)")
                .params(caseId, note, proposedBy, now()).update();
    }

    public void recordResult(String caseId, boolean attended, String number, LocalDate issuedOn, String recordedBy) {
        jdbc.sql("""
                insert into class_result (case_id, attended, certificate_number, certificate_issued_on, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(caseId, attended, number, issuedOn == null ? null : Date.valueOf(issuedOn), recordedBy, now())
                .update();
    }

    /** The most recently issued certificate of the candidate, if any. */
    public void recordFailureDecision(String caseId, TrainingVariables.AfterFailedClass decision, String reason, String decidedBy) {
        jdbc.sql("insert into class_failure_decision (case_id, decision, reason, decided_by, decided_at) values (?, ?, ?, ?, ?)")
                .params(caseId, decision.name(), reason, decidedBy,
                        java.sql.Timestamp.from(org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().toInstant()))
                .update();
    }

    public Optional<Certificate> latestCertificate(String caseId) {
        return jdbc.sql("""
                select certificate_number, certificate_issued_on from class_result
                where case_id = ? and attended = true order by certificate_issued_on desc, id desc""")
                .param(caseId)
                .query((rs, row) -> new Certificate(rs.getString(1), rs.getDate(2).toLocalDate()))
                .list().stream().findFirst();
    }

    private static Timestamp now() {
        return Timestamp.from(ClockUtil.getCurrentTime().toInstant());
    }
}
