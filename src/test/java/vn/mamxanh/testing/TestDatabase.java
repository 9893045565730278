package vn.mamxanh.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.boot.test.util.TestPropertyValues;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * The real PostgreSQL the suite runs on: the server named by {@code MAMXANH_TEST_DB_URL} (with
 * {@code MAMXANH_TEST_DB_USER} / {@code MAMXANH_TEST_DB_PASSWORD}) when set, otherwise one embedded
 * PostgreSQL 16 started once for the whole test run.
 */
public final class TestDatabase {

    private static final List<ConfigurableApplicationContext> CONTEXTS = new CopyOnWriteArrayList<>();
    private static Coordinates coordinates;

    private TestDatabase() {
    }

    public static synchronized Coordinates coordinates() {
        if (coordinates == null) {
            coordinates = System.getenv("MAMXANH_TEST_DB_URL") != null ? fromEnvironment() : startEmbedded();
        }
        return coordinates;
    }

    private static Coordinates fromEnvironment() {
        return new Coordinates(System.getenv("MAMXANH_TEST_DB_URL"),
                envOr("MAMXANH_TEST_DB_USER", "postgres"), envOr("MAMXANH_TEST_DB_PASSWORD", ""));
    }

    private static Coordinates startEmbedded() {
        try {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setServerConfig("max_connections", "100")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setRegisterShutdownHook(false)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterContexts(postgres)));
            return new Coordinates(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "postgres");
        } catch (IOException e) {
            throw new UncheckedIOException("Embedded PostgreSQL did not start; set MAMXANH_TEST_DB_URL to use a server", e);
        }
    }

    /** Spring closes its contexts in a shutdown hook of its own; the database must outlive them. */
    private static void stopAfterContexts(EmbeddedPostgres postgres) {
        long deadline = System.currentTimeMillis() + 30_000;
        while (CONTEXTS.stream().anyMatch(ConfigurableApplicationContext::isActive) && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        try {
            postgres.close();
        } catch (IOException ignored) {
            // the JVM is going away and the data directory is a temporary one
        }
    }

    private static String envOr(String name, String fallback) {
        String value = System.getenv(name);
        return value == null ? fallback : value;
    }

    public record Coordinates(String url, String user, String password) {
    }

    /** Points the application's "postgres" profile at the test database. */
    public static class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            Coordinates db = coordinates();
            TestPropertyValues.of(
                    "MAMXANH_DB_URL=" + db.url(),
                    "MAMXANH_DB_USER=" + db.user(),
                    "MAMXANH_DB_PASSWORD=" + db.password()).applyTo(context);
            CONTEXTS.add(context);
        }
    }
}
