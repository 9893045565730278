package vn.mamxanh.resolution;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** dossier_appraisal: the organisation board's appraisal (thẩm định) of an admission dossier. */
@Repository
public class AppraisalRepository {

    private final JdbcClient jdbc;

    public AppraisalRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String caseId, LocalDate appraisedOn, boolean eligible, String opinion, String recordedBy, Instant at) {
        jdbc.sql("""
                insert into dossier_appraisal (case_id, appraised_on, eligible, opinion, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?)""")
                .params(caseId, Date.valueOf(appraisedOn), eligible, opinion, recordedBy, Timestamp.from(at))
                .update();
    }

    public long count(String caseId) {
        return jdbc.sql("select count(*) from dossier_appraisal where case_id = ?").param(caseId).query(Long.class).single();
    }

    /** Whether the latest appraisal found the dossier eligible, if it was appraised. */
    public java.util.Optional<Boolean> latestEligible(String caseId) {
        return jdbc.sql("select eligible from dossier_appraisal where case_id = ? order by id desc").param(caseId)
                .query(Boolean.class).list().stream().findFirst();
    }
}
