package vn.mamxanh.security.dossier;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Records every read of a candidate's dossier: who, when, which case and what was read. Personal
 * data law asks for it; anything that shows a dossier to a person calls {@link #record}.
 */
@Component
public class DossierAccessLog {

    private final JdbcClient jdbc;

    public DossierAccessLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void record(String userId, String caseId, String what) {
        jdbc.sql("insert into dossier_access (accessed_at, user_id, case_id, what) values (?, ?, ?, ?)")
                .params(Timestamp.from(ClockUtil.getCurrentTime().toInstant()), userId, caseId, what)
                .update();
    }

    public List<DossierAccess> ofCase(String caseId) {
        return jdbc.sql("select * from dossier_access where case_id = ? order by accessed_at desc, id desc")
                .param(caseId)
                .query((rs, row) -> new DossierAccess(rs.getTimestamp("accessed_at").toInstant(), rs.getString("user_id"),
                        rs.getString("case_id"), rs.getString("what")))
                .list();
    }

    public record DossierAccess(Instant accessedAt, String userId, String caseId, String what) {
    }
}
