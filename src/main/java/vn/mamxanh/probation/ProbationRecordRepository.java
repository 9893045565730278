package vn.mamxanh.probation;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** probation_record: what was gathered during probation, one row per submission. */
@Repository
public class ProbationRecordRepository {

    private final JdbcClient jdbc;

    public ProbationRecordRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void add(String caseId, ProbationItem item, LocalDate documentDate, String reference, String content,
                    String secondContent, String recordedBy, Instant at) {
        jdbc.sql("""
                insert into probation_record (case_id, item, document_date, reference, content, second_content,
                    recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, item.name(), Date.valueOf(documentDate), reference, content, secondContent, recordedBy,
                        Timestamp.from(at))
                .update();
    }

    public Set<ProbationItem> present(String caseId) {
        Set<ProbationItem> items = EnumSet.noneOf(ProbationItem.class);
        jdbc.sql("select distinct item from probation_record where case_id = ?").param(caseId).query(String.class)
                .list().forEach(item -> items.add(ProbationItem.valueOf(item)));
        return items;
    }

    public long count(String caseId, ProbationItem item) {
        return jdbc.sql("select count(*) from probation_record where case_id = ? and item = ?")
                .params(caseId, item.name()).query(Long.class).single();
    }
}
