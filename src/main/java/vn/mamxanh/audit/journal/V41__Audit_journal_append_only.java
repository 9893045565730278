package vn.mamxanh.audit.journal;

import java.sql.Connection;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * On PostgreSQL, the database itself refuses to change or remove journal entries, whoever asks
 * (the application never does; this stops a slip or a hand in psql). A database owner can still
 * switch the trigger off, which is why the hash chain is the real evidence. Flyway runs this as
 * migration V41 because Spring Boot hands it every JavaMigration bean; on H2 (the embedded
 * default) it does nothing.
 */
@Component
public class V41__Audit_journal_append_only extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
            return;
        }
        try (Statement sql = connection.createStatement()) {
            sql.execute("""
                    create or replace function audit_journal_append_only() returns trigger language plpgsql as $$
                    begin
                        raise exception 'audit_journal is append-only: % refused', tg_op;
                    end
                    $$""");
            sql.execute("""
                    create trigger audit_journal_no_change before update or delete on audit_journal
                    for each row execute function audit_journal_append_only()""");
            sql.execute("""
                    create trigger audit_journal_no_truncate before truncate on audit_journal
                    for each statement execute function audit_journal_append_only()""");
        }
    }
}
