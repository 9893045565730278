package vn.mamxanh.resolution;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** branch_vote and province_approval. */
@Repository
public class BranchVotes {

    private final JdbcClient jdbc;

    public BranchVotes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String caseId, ResolutionVariables.BranchVoteOutcome outcome, LocalDate meetingDate,
                       long officialMembers, int present, int inFavour, String recordedBy) {
        jdbc.sql("""
                insert into branch_vote (case_id, outcome, meeting_date, official_members, present, in_favour,
                    recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, outcome.name(), Date.valueOf(meetingDate), officialMembers, present, inFavour, recordedBy, now())
                .update();
    }

    public void recordProvinceApproval(String caseId, boolean approved, String note, String decidedBy) {
        jdbc.sql("insert into province_approval (case_id, approved, note, decided_by, decided_at) values (?, ?, ?, ?, ?)")
                .params(caseId, approved, note, decidedBy, now()).update();
    }

    private static Timestamp now() {
        return Timestamp.from(ClockUtil.getCurrentTime().toInstant());
    }
}
