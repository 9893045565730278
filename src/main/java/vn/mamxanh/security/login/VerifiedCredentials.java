package vn.mamxanh.security.login;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.mamxanh.security.SecuritySettings;

/**
 * Login names and passwords that passed a BCrypt check a moment ago, so an API client sending HTTP
 * Basic with every request pays for BCrypt (~65 ms of CPU) once per {@code time-to-live} instead of
 * on every call. Nothing here can be used to learn or test a password: the key is an HMAC of login
 * name and password under a random key that lives only in this process's memory, and only correct
 * passwords are remembered. A remembered login counts only while the stored password hash is the one
 * it was checked against (so a change of password by any route ends it), and the lockout still comes
 * first. Bounded: the least recently used entries go first.
 */
@Component
public class VerifiedCredentials {

    /** What a login needs to be taken as checked: the account's stored hash and its lockout state, read at once. */
    public record Account(String passwordHash, int failures, Instant lockedUntil) {
        public boolean locked(Instant now) {
            return lockedUntil != null && lockedUntil.isAfter(now);
        }
    }

    private record Entry(String passwordHash, Instant expiresAt) {
    }

    private final JdbcClient jdbc;
    private final SecuritySettings.VerifiedCredentials settings;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries;

    public VerifiedCredentials(JdbcClient jdbc, SecuritySettings settings) {
        this.jdbc = jdbc;
        this.settings = settings.verifiedCredentials();
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, "HmacSHA256");
        int max = Math.max(1, this.settings.maxEntries());
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > max;
            }
        };
    }

    /** The account's stored hash and lockout row; empty for an unknown login name. */
    public Optional<Account> account(String loginName) {
        return jdbc.sql("""
                        select u.PWD_, l.failures, l.locked_until from ACT_ID_USER u
                        left join login_lockout l on l.login_name = u.ID_
                        where u.ID_ = ?""")
                .param(loginName)
                .query((rs, row) -> new Account(rs.getString(1), rs.getInt(2),
                        rs.getTimestamp(3) == null ? null : rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /** True when this login name and password passed a check within the time to live, against the hash stored now. */
    public boolean recentlyVerified(String loginName, String password, Account account) {
        if (!enabled()) {
            return false;
        }
        String id = idOf(loginName, password);
        synchronized (entries) {
            Entry entry = entries.get(id);
            if (entry == null) {
                return false;
            }
            if (!entry.expiresAt().isAfter(now()) || !Objects.equals(entry.passwordHash(), account.passwordHash())) {
                entries.remove(id);
                return false;
            }
            return true;
        }
    }

    /** Remembers a login that has just passed BCrypt, against the hash read before the check. */
    public void remember(String loginName, String password, Account checkedAgainst) {
        if (!enabled() || checkedAgainst.passwordHash() == null) {
            return;
        }
        synchronized (entries) {
            entries.put(idOf(loginName, password), new Entry(checkedAgainst.passwordHash(), now().plus(settings.timeToLive())));
        }
    }

    /** Forgets everything: for a password reset that must take effect at once on every login, e.g. in tests. */
    public void clear() {
        synchronized (entries) {
            entries.clear();
        }
    }

    private boolean enabled() {
        return settings.timeToLive() != null && !settings.timeToLive().isZero() && !settings.timeToLive().isNegative();
    }

    private String idOf(String loginName, String password) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(loginName.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return Base64.getEncoder().encodeToString(mac.doFinal(password.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException impossible) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", impossible);
        }
    }

    private static Instant now() {
        return ClockUtil.getCurrentTime().toInstant();
    }
}
