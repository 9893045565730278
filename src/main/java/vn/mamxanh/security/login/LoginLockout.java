package vn.mamxanh.security.login;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.mamxanh.security.SecuritySettings;

/**
 * Locks a login name for a configured time after a configured number of wrong passwords in a row.
 * Kept in the database so every instance of the app sees the same count; times follow the engine
 * clock so tests can let a lock run out.
 */
@Component
public class LoginLockout {

    private final JdbcClient jdbc;
    private final SecuritySettings.Lockout settings;

    public LoginLockout(JdbcClient jdbc, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings.lockout();
    }

    public boolean isLocked(String loginName) {
        return lockedUntil(loginName).map(until -> until.isAfter(now())).orElse(false);
    }

    public void recordFailure(String loginName) {
        int failures = jdbc.sql("select failures from login_lockout where login_name = ?").param(loginName)
                .query(Integer.class).optional().orElse(0) + 1;
        Timestamp lockedUntil = null;
        if (failures >= settings.maxFailures()) {
            lockedUntil = Timestamp.from(now().plus(settings.duration()));
            failures = 0;
        }
        int updated = jdbc.sql("update login_lockout set failures = ?, locked_until = ? where login_name = ?")
                .params(failures, lockedUntil, loginName).update();
        if (updated == 0) {
            try {
                jdbc.sql("insert into login_lockout (login_name, failures, locked_until) values (?, ?, ?)")
                        .params(loginName, failures, lockedUntil).update();
            } catch (DuplicateKeyException concurrentFailure) {
                // another request for the same name counted first; one lost increment is harmless
            }
        }
    }

    public void recordSuccess(String loginName) {
        jdbc.sql("delete from login_lockout where login_name = ?").param(loginName).update();
    }

    private Optional<Instant> lockedUntil(String loginName) {
        return jdbc.sql("select locked_until from login_lockout where login_name = ?").param(loginName)
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .optional().flatMap(until -> until);
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
