package vn.mamxanh.web;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.boot.autoconfigure.jdbc.DataSourceProperties;
import org.springframework.stereotype.Component;

/**
 * Answers "can the database be reached right now?" with a connection of its own, outside the pool,
 * so the answer comes in about a second even when the pool is waiting for connections that will
 * not come. Used only after a request has already failed, and remembered briefly so an outage does
 * not turn every failed request into another connection attempt.
 */
@Component
public class DatabaseReachability {

    private static final long REMEMBER_MILLIS = 1_000;
    private static final int TIMEOUT_SECONDS = 2;

    private final DataSourceProperties database;
    private final AtomicLong unreachableUntil = new AtomicLong();

    public DatabaseReachability(DataSourceProperties database) {
        this.database = database;
    }

    public boolean unreachable() {
        long now = System.currentTimeMillis();
        if (now < unreachableUntil.get()) {
            return true;
        }
        if (canConnect()) {
            return false;
        }
        unreachableUntil.set(now + REMEMBER_MILLIS);
        return true;
    }

    private boolean canConnect() {
        String url = database.determineUrl();
        Properties properties = new Properties();
        if (database.determineUsername() != null) {
            properties.setProperty("user", database.determineUsername());
        }
        if (database.determinePassword() != null) {
            properties.setProperty("password", database.determinePassword());
        }
        if (url != null && url.startsWith("jdbc:postgresql:")) {
            properties.setProperty("connectTimeout", String.valueOf(TIMEOUT_SECONDS));
            properties.setProperty("socketTimeout", String.valueOf(TIMEOUT_SECONDS));
        }
        try (Connection connection = DriverManager.getConnection(url, properties)) {
            return connection.isValid(TIMEOUT_SECONDS);
        } catch (SQLException | RuntimeException e) {
            return false;
        }
    }
}
