package vn.mamxanh.resolution;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** committee_vote: votes are only ever added; the latest for a purpose is the one that counts (R16). */
@Repository
public class VoteRepository {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    public VoteRepository(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    public void add(Vote vote) {
        jdbc.sql("""
                insert into committee_vote (case_id, purpose, unit_id, resolution_number, meeting_date, entitled,
                    in_favour, against, passed, reason, recorded_by, recorded_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(vote.caseId(), vote.purpose().name(), vote.unitId(), vote.resolutionNumber(),
                        Date.valueOf(vote.meetingDate()), vote.entitled(), vote.inFavour(), vote.against(),
                        vote.passed(), vote.reason(), vote.recordedBy(), Timestamp.from(vote.recordedAt()))
                .update();
        events.publishEvent(new VoteRecorded(vote.caseId(), vote.purpose().name(), vote.unitId(), vote.meetingDate(),
                vote.entitled(), null, vote.inFavour(), vote.against(), vote.passed() ? "PASSED" : "FAILED"));
    }

    public Optional<Vote> latest(String caseId, Purpose purpose) {
        return jdbc.sql("select * from committee_vote where case_id = ? and purpose = ? order by id desc")
                .params(caseId, purpose.name()).query(this::map).list().stream().findFirst();
    }

    public long count(String caseId) {
        return jdbc.sql("select count(*) from committee_vote where case_id = ?").param(caseId).query(Long.class).single();
    }

    private Vote map(ResultSet rs, int row) throws SQLException {
        return new Vote(rs.getString("case_id"), Purpose.valueOf(rs.getString("purpose")), rs.getString("unit_id"),
                rs.getString("resolution_number"), rs.getDate("meeting_date").toLocalDate(), rs.getInt("entitled"),
                rs.getInt("in_favour"), rs.getInt("against"), rs.getBoolean("passed"), rs.getString("reason"),
                rs.getString("recorded_by"), rs.getTimestamp("recorded_at").toInstant());
    }
}
