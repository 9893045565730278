package vn.mamxanh.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import vn.mamxanh.audit.journal.JournalRepository;
import vn.mamxanh.audit.journal.JournalVerifier;
import vn.mamxanh.audit.journal.Verification;

/**
 * Backup and restore as docs/reliability.md tells an operator to do it: {@code pg_dump --format=custom}
 * of the live database while the app runs, {@code pg_restore} into a fresh database, then every case,
 * its history and the audit journal's hash chain are found intact in the copy.
 */
class BackupRestoreIT {

    private static final String MARKER = "Kiểm thử sao lưu";

    @Test
    void BackupAndRestore_a_pg_dump_restored_into_a_fresh_database_has_every_case_its_history_and_an_intact_journal()
            throws Exception {
        ReliabilityEnvironment env = ReliabilityEnvironment.get();
        // Cases of this test's own, introduced and reviewed over HTTP, on top of the demo's cases at every stage.
        CompletionLoad load = new CompletionLoad(MARKER, n -> env.primary);
        for (int i = 0; i < 5; i++) {
            assertThat(load.oneCase().completed()).as("completion answered").isEqualTo(204);
        }
        Path dump = env.dir.resolve("mamxanh-backup.dump");
        DatabaseSnapshot before;
        DatabaseSnapshot after;
        try (Connection live = env.postgres.connect(ReliabilityEnvironment.DATABASE)) {
            before = DatabaseSnapshot.of(live);
            env.postgres.dump(ReliabilityEnvironment.DATABASE, dump);
            after = DatabaseSnapshot.of(live);
        }
        String copy = "restored_" + System.currentTimeMillis();
        env.postgres.createDatabase(copy);
        env.postgres.restore(dump, copy);

        DatabaseSnapshot restored;
        try (Connection connection = env.postgres.connect(copy)) {
            restored = DatabaseSnapshot.of(connection);
        }
        // The app keeps running while the dump is taken: the copy is one consistent moment between the two looks.
        assertThat(restored.cases()).containsAllEntriesOf(before.cases());
        assertThat(after.cases()).containsAllEntriesOf(restored.cases());
        assertThat(restored.cases()).hasSizeGreaterThanOrEqualTo(20 + 5);
        before.historyRowsPerCase().forEach((caseId, rows) ->
                assertThat(restored.historyRowsPerCase().get(caseId)).as("history of " + caseId).isBetween(rows,
                        after.historyRowsPerCase().getOrDefault(caseId, rows)));
        assertThat(restored.journalHeadSeq()).isBetween(before.journalHeadSeq(), after.journalHeadSeq());
        assertThat(restored.journalEntries()).isEqualTo(restored.journalHeadSeq());

        Verification chain = verifierOn(env.postgres.jdbcUrl(copy)).verify();
        assertThat(chain.intact()).as(chain.message()).isTrue();
        assertThat(chain.lastSeq()).isEqualTo(restored.journalHeadSeq());
        assertThat(chain.lastHash()).isEqualTo(restored.journalHeadHash());
        assertThat(hashOfEntry(env.postgres.jdbcUrl(copy), before.journalHeadSeq())).isEqualTo(before.journalHeadHash());

        // The operator's check of docs/reliability.md: the app itself started on the restored copy verifies the chain.
        Path verifyLog = env.dir.resolve("verify-restored.log");
        int exitCode = AppNode.runToExit(env.postgres.jdbcUrl(copy), verifyLog, "--mamxanh.audit.verify=true");
        assertThat(exitCode).as("java -jar mamxanh.jar --mamxanh.audit.verify=true on the copy, see " + verifyLog).isZero();
        assertThat(Files.readString(verifyLog)).contains("Audit journal intact: ");

        long historyRows = restored.historyRowsPerCase().values().stream().mapToLong(Long::longValue).sum();
        env.report("Backup and restore (BackupRestoreIT)", """
                - pg_dump --format=custom of the live database (app running), pg_restore into a fresh database
                - cases restored: %d of %d (%d of them this test's own, reviewed over HTTP)
                - engine history rows of those cases restored: %d
                - audit journal: %d entries, hash chain re-computed by JournalVerifier: %s
                - java -jar mamxanh.jar --mamxanh.audit.verify=true on the copy: exit code %d
                """.formatted(restored.cases().size(), before.cases().size(), casesMarked(env, copy).size(), historyRows,
                chain.checked(), chain.intact() ? "intact" : "BROKEN at " + chain.firstBrokenSeq(), exitCode));
    }

    private static JournalVerifier verifierOn(String url) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, ThrowawayPostgres.USER, "");
        return new JournalVerifier(new JournalRepository(JdbcClient.create(dataSource)));
    }

    private static String hashOfEntry(String url, long seq) {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(url, ThrowawayPostgres.USER, "");
        return JdbcClient.create(dataSource).sql("select hash from audit_journal where seq = ?").param(seq)
                .query(String.class).single();
    }

    private static List<String> casesMarked(ReliabilityEnvironment env, String database) throws Exception {
        try (Connection connection = env.postgres.connect(database);
             PreparedStatement statement = connection.prepareStatement("select id from candidate_case where occupation = ?")) {
            statement.setString(1, MARKER);
            try (ResultSet rows = statement.executeQuery()) {
                List<String> ids = new java.util.ArrayList<>();
                while (rows.next()) {
                    ids.add(rows.getString(1));
                }
                return ids;
            }
        }
    }
}
