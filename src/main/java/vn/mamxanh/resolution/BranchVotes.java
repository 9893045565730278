package vn.mamxanh.resolution;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.LocalDate;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** branch_vote and province_approval. */
@Repository
public class BranchVotes {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public BranchVotes(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public void record(String caseId, ResolutionVariables.BranchVoteOutcome outcome, LocalDate meetingDate,
                       long officialMembers, int present, int inFavour, String recordedBy) {
        jdbc.sql("""
                insert into branch_vote (case_id, outcome, meeting_date, official_members, present, in_favour,
                    recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(caseId, outcome.name(), Date.valueOf(meetingDate), officialMembers, present, inFavour, recordedBy, now())
                .update();
        events.publishEvent(new VoteRecorded(caseId, "BRANCH", null, meetingDate, officialMembers, present, inFavour, null,
                outcome.name()));
    }

    public void recordProvinceApproval(String caseId, boolean approved, String note, String decidedBy) {
        jdbc.sql("insert into province_approval (case_id, approved, note, decided_by, decided_at) values (?, ?, ?, ?, ?)")
                .params(caseId, approved, note, decidedBy, now()).update();
        events.publishEvent(new DecisionTaken(caseId, "OLDER_CANDIDATE", approved, null, null, note));
    }

    private static Timestamp now() {
        return Timestamp.from(ClockUtil.getCurrentTime().toInstant());
    }

    /** The branch meeting's vote as recorded; the latest counts. */
    public record BranchVote(ResolutionVariables.BranchVoteOutcome outcome, LocalDate meetingDate, int officialMembers,
                             int present, int inFavour) {
    }

    public java.util.Optional<BranchVote> latest(String caseId) {
        return jdbc.sql("select * from branch_vote where case_id = ? order by id desc").param(caseId)
                .query((rs, row) -> new BranchVote(ResolutionVariables.BranchVoteOutcome.valueOf(rs.getString("outcome")),
                        rs.getDate("meeting_date").toLocalDate(), rs.getInt("official_members"), rs.getInt("present"),
                        rs.getInt("in_favour")))
                .list().stream().findFirst();
    }
}
