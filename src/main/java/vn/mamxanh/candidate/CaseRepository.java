package vn.mamxanh.candidate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.mamxanh.web.NotFoundException;

/** The candidate_case table. */
@Repository
public class CaseRepository {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public CaseRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /** Case ids read like the paper file numbers: HS-2026-000042. */
    public String nextId() {
        long next = jdbc.sql("select nextval('candidate_case_seq')").query(Long.class).single();
        return "HS-%d-%06d".formatted(vn.mamxanh.web.VietnamTime.today().getYear(), next);
    }

    public void insert(CandidateCase c) {
        jdbc.sql("""
                insert into candidate_case (id, full_name, date_of_birth, gender, id_number, ethnicity, religion,
                    education_level, occupation, residence_address, branch_id, introduced_by_unit_id, introduced_by,
                    youth_union_member, stage, status, overdue, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(c.id(), c.fullName(), java.sql.Date.valueOf(c.dateOfBirth()), c.gender(), c.idNumber(),
                        c.ethnicity(), c.religion(), c.educationLevel().name(), c.occupation(), c.residenceAddress(),
                        c.branchId(), c.introducedByUnitId(), c.introducedBy(), c.youthUnionMember(),
                        c.stage().name(), c.status().name(), c.overdue(), Timestamp.from(c.createdAt()))
                .update();
    }

    public Optional<CandidateCase> find(String id) {
        return jdbc.sql("select * from candidate_case where id = ?").param(id).query(this::map).optional();
    }

    public CandidateCase get(String id) {
        return find(id).orElseThrow(() -> new NotFoundException("Không tìm thấy hồ sơ " + id + "."));
    }

    public List<CandidateCase> findByBranch(String branchId) {
        return jdbc.sql("select * from candidate_case where branch_id = ? order by created_at desc")
                .param(branchId).query(this::map).list();
    }

    public List<CandidateCase> findAll() {
        return jdbc.sql("select * from candidate_case order by created_at desc").query(this::map).list();
    }

    public boolean hasCaseInProgress(String idNumber) {
        return jdbc.sql("select count(*) from candidate_case where id_number = ? and status in ('OPEN', 'PROBATIONARY')")
                .param(idNumber).query(Long.class).single() > 0;
    }

    /** The most recent case of the person with this citizen ID number, whatever its status. */
    public Optional<String> findIdByIdNumber(String idNumber) {
        return jdbc.sql("select id from candidate_case where id_number = ? order by created_at desc")
                .param(idNumber).query(String.class).list().stream().findFirst();
    }

    public void moveTo(String id, CaseStage stage) {
        jdbc.sql("update candidate_case set stage = ? where id = ?").params(stage.name(), id).update();
        events.publishEvent(new CaseChanged(id, "stage", stage.name()));
    }

    public void changeStatus(String id, CaseStatus status) {
        jdbc.sql("update candidate_case set status = ? where id = ?").params(status.name(), id).update();
        events.publishEvent(new CaseChanged(id, "status", status.name()));
    }

    public void markOverdue(String id, boolean overdue) {
        jdbc.sql("update candidate_case set overdue = ? where id = ?").params(overdue, id).update();
    }

    /** Records how and why a case ended; who ended it is part of every end (DOMAIN.md §2). */
    public void end(String id, CaseStatus status, String reason, String endedBy) {
        jdbc.sql("update candidate_case set status = ?, end_reason = ?, ended_by = ?, ended_at = ? where id = ?")
                .params(status.name(), reason, endedBy, Timestamp.from(ClockUtil.getCurrentTime().toInstant()), id)
                .update();
        events.publishEvent(new CaseEnded(id, status, reason, endedBy));
    }

    public void moveToBranch(String id, String branchId) {
        jdbc.sql("update candidate_case set branch_id = ? where id = ?").params(branchId, id).update();
        events.publishEvent(new CaseChanged(id, "branch", branchId));
    }

    private CandidateCase map(ResultSet rs, int row) throws SQLException {
        Timestamp endedAt = rs.getTimestamp("ended_at");
        return new CandidateCase(rs.getString("id"), rs.getString("full_name"),
                rs.getDate("date_of_birth").toLocalDate(), rs.getString("gender"), rs.getString("id_number"),
                rs.getString("ethnicity"), rs.getString("religion"),
                EducationLevel.valueOf(rs.getString("education_level")), rs.getString("occupation"),
                rs.getString("residence_address"), rs.getString("branch_id"), rs.getString("introduced_by_unit_id"),
                rs.getString("introduced_by"), rs.getBoolean("youth_union_member"),
                CaseStage.valueOf(rs.getString("stage")), CaseStatus.valueOf(rs.getString("status")),
                rs.getBoolean("overdue"), rs.getString("end_reason"), rs.getString("ended_by"),
                endedAt == null ? null : endedAt.toInstant(), rs.getTimestamp("created_at").toInstant());
    }

    static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
