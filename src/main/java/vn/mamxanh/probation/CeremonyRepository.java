package vn.mamxanh.probation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** admission_ceremony and ceremony_delay_report (R10). */
@Repository
public class CeremonyRepository {

    private final JdbcClient jdbc;

    public CeremonyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String caseId, LocalDate ceremonyDate, String place, String recordedBy, Instant at) {
        jdbc.sql("insert into admission_ceremony (case_id, ceremony_date, place, recorded_by, recorded_at) values (?, ?, ?, ?, ?)")
                .params(caseId, Date.valueOf(ceremonyDate), place, recordedBy, Timestamp.from(at)).update();
    }

    public Optional<LocalDate> ceremonyDate(String caseId) {
        return jdbc.sql("select ceremony_date from admission_ceremony where case_id = ? order by id desc")
                .param(caseId).query((rs, row) -> rs.getDate(1).toLocalDate()).list().stream().findFirst();
    }

    public void addDelayReport(String caseId, String reason, String addressedTo, String recordedBy, Instant at) {
        jdbc.sql("""
                insert into ceremony_delay_report (case_id, reason, addressed_to, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?)""")
                .params(caseId, reason, addressedTo, recordedBy, Timestamp.from(at)).update();
    }

    public boolean hasDelayReport(String caseId) {
        return jdbc.sql("select count(*) from ceremony_delay_report where case_id = ?").param(caseId)
                .query(Long.class).single() > 0;
    }
}
