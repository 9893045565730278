package vn.mamxanh.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * What the reliability tests share within one test JVM, started once: a throw-away PostgreSQL with
 * the database {@code mamxanh} and one node (the primary) on it, with the demo organisation and its
 * cases loaded on its first start. Each test leaves the primary running, or starts it again, for the
 * next; everything is stopped when the JVM ends.
 */
final class ReliabilityEnvironment {

    static final String DATABASE = "mamxanh";
    private static ReliabilityEnvironment shared;

    final Path dir;
    final ThrowawayPostgres postgres;
    final AppNode primary;

    private ReliabilityEnvironment(Path dir) {
        this.dir = dir;
        try {
            Files.deleteIfExists(dir.resolve("figures.md"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        this.postgres = ThrowawayPostgres.start(dir);
        postgres.createDatabase(DATABASE);
        this.primary = AppNode.start("node-a", postgres.jdbcUrl(DATABASE), dir);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            primary.close();
            postgres.close();
        }));
    }

    static synchronized ReliabilityEnvironment get() {
        if (shared == null) {
            shared = new ReliabilityEnvironment(Path.of(System.getProperty("mamxanh.reliability.dir", "target/reliability")));
        }
        if (!shared.primary.isAlive()) {
            shared.primary.start();
        }
        return shared;
    }

    /** Prints a test's figures and keeps them in target/reliability/figures.md, for docs/reliability.md. */
    void report(String heading, String figures) {
        String text = "## " + heading + "\n\n" + figures.strip() + "\n\n";
        System.out.println(text);
        try {
            Files.writeString(dir.resolve("figures.md"), text, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
