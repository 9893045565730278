package vn.mamxanh.mentoring;

import java.sql.Timestamp;
import java.time.YearMonth;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** mentor_assignment and mentoring_report: who mentors whom, and what they reported each month. */
@Repository
public class MentorAssignments {

    private final JdbcClient jdbc;

    public MentorAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void assign(String caseId, String mentorId, String assignedBy) {
        jdbc.sql("insert into mentor_assignment (case_id, mentor_id, assigned_by, assigned_at) values (?, ?, ?, ?)")
                .params(caseId, mentorId, assignedBy, now()).update();
    }

    public Optional<String> currentMentor(String caseId) {
        return jdbc.sql("select mentor_id from mentor_assignment where case_id = ? order by id desc")
                .param(caseId).query(String.class).list().stream().findFirst();
    }

    /** The cases whose current mentor is this person. */
    public java.util.List<String> casesMentoredBy(String mentorId) {
        return jdbc.sql("""
                select a.case_id from mentor_assignment a
                where a.mentor_id = ? and a.id = (select max(b.id) from mentor_assignment b where b.case_id = a.case_id)""")
                .param(mentorId).query(String.class).list();
    }

    public void report(String caseId, String mentorId, YearMonth period, java.time.LocalDate dueOn, String progress,
                       boolean overdue, String submittedBy) {
        jdbc.sql("""
                insert into mentoring_report (case_id, mentor_id, period, due_on, progress, overdue, submitted_by, submitted_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, mentorId, period.toString(), java.sql.Date.valueOf(dueOn), progress, overdue, submittedBy, now())
                .update();
    }

    /** The month's report ran past its due day unfiled (R05); it counts as late whether or not it comes later. */
    public void missedReport(String caseId, YearMonth period, java.time.LocalDate dueOn) {
        jdbc.sql("insert into mentoring_report_missed (case_id, period, due_on, missed_at) values (?, ?, ?, ?)")
                .params(caseId, period.toString(), java.sql.Date.valueOf(dueOn), now()).update();
    }

    public void review(String caseId, MentoringVariables.Readiness readiness, String note, String reviewedBy) {
        jdbc.sql("insert into readiness_review (case_id, readiness, note, reviewed_by, reviewed_at) values (?, ?, ?, ?, ?)")
                .params(caseId, readiness.name(), note, reviewedBy, now()).update();
    }

    public void chase(String caseId, YearMonth period, String note, String chasedBy) {
        jdbc.sql("insert into overdue_report_chase (case_id, period, note, chased_by, chased_at) values (?, ?, ?, ?, ?)")
                .params(caseId, period.toString(), note, chasedBy, now()).update();
    }

    private static Timestamp now() {
        return Timestamp.from(ClockUtil.getCurrentTime().toInstant());
    }

    /** A monthly report as filed, for the case page and the compliance dashboard. */
    public record Report(String mentorId, YearMonth period, java.time.LocalDate dueOn, String progress, boolean overdue,
                         java.time.Instant submittedAt) {
    }

    /** Every report of a case, in the order of their periods. */
    public java.util.List<Report> reports(String caseId) {
        return jdbc.sql("select * from mentoring_report where case_id = ? order by period, id").param(caseId)
                .query((rs, row) -> new Report(rs.getString("mentor_id"), YearMonth.parse(rs.getString("period")),
                        rs.getDate("due_on").toLocalDate(), rs.getString("progress"), rs.getBoolean("overdue"),
                        rs.getTimestamp("submitted_at").toInstant()))
                .list();
    }
}
