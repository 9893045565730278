package vn.mamxanh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.mamxanh.audit.AuditTestCases.as;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.MamXanhTest;

@MamXanhTest
class JournalTamperEvidenceTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseRepository cases;
    @Autowired
    AuditJournal journal;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;

    @Test
    void R16_a_journal_entry_edited_in_the_database_is_reported_as_the_first_broken_entry() throws SQLException {
        long edited = threeEntriesAndTheMiddleOne();
        assertThat(verify().get("intact").asBoolean()).as("the chain is whole before anyone touches it").isTrue();

        String original = jdbc.sql("select details from audit_journal where seq = ?").param(edited).query(String.class).single();
        asDatabaseOwner("update audit_journal set details = '{\"inFavour\":6}' where seq = " + edited);
        try {
            JsonNode result = verify();
            assertThat(result.get("intact").asBoolean()).isFalse();
            assertThat(result.get("firstBrokenSeq").asLong()).isEqualTo(edited);
            assertThat(result.get("problem").asText()).isEqualTo("CONTENT_CHANGED");
            assertThat(result.get("checked").asLong()).isEqualTo(edited - 1);
            assertThat(result.get("message").asText()).isEqualTo("Nội dung mục " + edited + " đã bị sửa: mã băm không còn khớp.");
        } finally {
            asDatabaseOwner("update audit_journal set details = '" + original.replace("'", "''") + "' where seq = " + edited);
        }
        assertThat(verify().get("intact").asBoolean()).as("restored, the chain is whole again").isTrue();
    }

    @Test
    void R16_a_journal_entry_deleted_in_the_database_is_reported_as_missing() throws SQLException {
        long deleted = threeEntriesAndTheMiddleOne();
        Map<String, Object> row = jdbc.sql("select * from audit_journal where seq = ?").param(deleted).query().singleRow();
        asDatabaseOwner("delete from audit_journal where seq = " + deleted);
        try {
            JsonNode result = verify();
            assertThat(result.get("intact").asBoolean()).isFalse();
            assertThat(result.get("firstBrokenSeq").asLong()).isEqualTo(deleted);
            assertThat(result.get("problem").asText()).isEqualTo("MISSING");
        } finally {
            restore(row);
        }
        assertThat(verify().get("intact").asBoolean()).isTrue();
    }

    @Test
    void R16_the_database_refuses_to_change_or_delete_journal_entries() {
        long seq = threeEntriesAndTheMiddleOne();
        assertThatThrownBy(() -> jdbc.sql("update audit_journal set actor = 'someone.else' where seq = ?").param(seq).update())
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.sql("delete from audit_journal where seq = ?").param(seq).update())
                .hasMessageContaining("append-only");
        assertThat(jdbc.sql("select actor from audit_journal where seq = ?").param(seq).query(String.class).single())
                .isEqualTo("bithu.dong");
    }

    @Test
    void only_auditors_may_run_the_verification() {
        assertThat(HttpTestClient.basic(port, "bithu.dong").get("/api/audit/journal/verify").status()).isEqualTo(403);
        var page = HttpTestClient.loggedIn(port, "ubkt.kiemtra").get("/audit/journal/verify", "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Nhật ký nguyên vẹn");
    }

    /** Three votes of one case; the middle one is the one the tests tamper with. */
    private long threeEntriesAndTheMiddleOne() {
        String caseId = AuditTestCases.newCase(cases, DemoOrganisation.BRANCH_EAST, "Hà Thị Mai");
        as(engine, "bithu.dong", () -> {
            for (int inFavour = 3; inFavour <= 5; inFavour++) {
                journal.record(CaseEvent.of(caseId, AuditAction.VOTE_RECORDED, Map.of("inFavour", inFavour, "officialMembers", 6)));
            }
        });
        return jdbc.sql("select min(seq) + 1 from audit_journal where case_id = ?").param(caseId).query(Long.class).single();
    }

    private JsonNode verify() {
        var answer = HttpTestClient.basic(port, "ubkt.kiemtra").get("/api/audit/journal/verify");
        assertThat(answer.status()).isEqualTo(200);
        return answer.json();
    }

    /**
     * What someone with the database owner's rights could do: switch the append-only trigger off for
     * their own session and change the table behind the application's back.
     */
    private void asDatabaseOwner(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            boolean autoCommit = connection.getAutoCommit();
            connection.setAutoCommit(true);
            try {
                statement.execute("set session_replication_role = replica");
                statement.execute(sql);
            } finally {
                statement.execute("set session_replication_role = origin");
                connection.setAutoCommit(autoCommit);
            }
        }
    }

    private void restore(Map<String, Object> row) {
        jdbc.sql("""
                insert into audit_journal (seq, recorded_at, case_id, unit_id, actor, actor_role, action, step, outcome,
                    deadline, details, task_id, process_instance_id, prev_hash, hash)
                values (:seq, :recorded_at, :case_id, :unit_id, :actor, :actor_role, :action, :step, :outcome,
                    :deadline, :details, :task_id, :process_instance_id, :prev_hash, :hash)""")
                .params(row)
                .update();
    }
}
