package vn.mamxanh.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of the test's own, on a data directory under {@code target/reliability}, that
 * the test can stop and start again (the machine's shared server is never touched). It uses the
 * machine's PostgreSQL binaries ({@code /usr/lib/postgresql/<version>/bin}, Debian's package
 * {@code postgresql}, or {@code MAMXANH_PG_BIN}) because they bring {@code pg_dump} and
 * {@code pg_restore} of the same version. PostgreSQL refuses to run its server as root, so as root the
 * server commands run as the {@code postgres} account.
 */
final class ThrowawayPostgres implements AutoCloseable {

    static final String USER = "postgres";
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(3);

    private final Path bin;
    private final Path home;
    private final Path data;
    private final int port;
    private final boolean asPostgresAccount;

    private ThrowawayPostgres(Path bin, Path home, int port) {
        this.bin = bin;
        this.home = home;
        this.data = home.resolve("data");
        this.port = port;
        this.asPostgresAccount = runningAsRoot();
    }

    static ThrowawayPostgres start(Path parent) {
        try {
            Files.createDirectories(parent);
            Path home = Files.createTempDirectory(parent, "postgres-");
            ThrowawayPostgres postgres = new ThrowawayPostgres(binaries(), home, freePort());
            postgres.initialise();
            postgres.startServer();
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path binaries() {
        String configured = System.getenv("MAMXANH_PG_BIN");
        if (configured != null) {
            return Path.of(configured);
        }
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(version -> version.resolve("bin"))
                    .filter(dir -> Files.isExecutable(dir.resolve("pg_ctl")) && Files.isExecutable(dir.resolve("pg_dump")))
                    .max(Comparator.comparing(dir -> Integer.parseInt(dir.getParent().getFileName().toString())))
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("The reliability tests need PostgreSQL's server binaries and pg_dump: install the "
                    + "Debian package 'postgresql' (.ci/run does) or set MAMXANH_PG_BIN to a bin directory", e);
        }
    }

    private void initialise() {
        if (asPostgresAccount) {
            run(List.of("chown", "-R", USER, home.toString()), false);
        }
        run(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", USER, "-A", "trust", "-E", "UTF-8",
                "--locale=C.UTF-8", "--no-sync"), true);
    }

    private void startServer() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-l", home.resolve("server.log").toString(),
                "-w", "-t", "120", "-o", "-p " + port + " -c listen_addresses=127.0.0.1 -k " + home
                        + " -c max_connections=200 -c fsync=off -c log_min_messages=warning",
                "start"), true);
    }

    /** Stops the server as an operator would ({@code pg_ctl stop -m fast}: open sessions are ended). */
    void stop() {
        run(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-m", "fast", "-w", "stop"), true);
    }

    void startAgain() {
        startServer();
    }

    int port() {
        return port;
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + database;
    }

    Connection connect(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), USER, "");
    }

    void createDatabase(String name) {
        try (Connection connection = connect("postgres"); Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("create database " + name, e);
        }
    }

    /** {@code pg_dump --format=custom}: the backup an operator takes, documented in docs/reliability.md. */
    void dump(String database, Path file) {
        run(List.of(bin.resolve("pg_dump").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER,
                "--format=custom", "--file=" + file, database), false);
    }

    /** {@code pg_restore} into an empty database, stopping at the first error. */
    void restore(Path file, String database) {
        run(List.of(bin.resolve("pg_restore").toString(), "-h", "127.0.0.1", "-p", String.valueOf(port), "-U", USER,
                "--no-owner", "--exit-on-error", "--dbname=" + database, file.toString()), false);
    }

    /** Stops the server and removes its data directory (its log stays beside it, in the test's directory). */
    @Override
    public void close() {
        try {
            stop();
        } catch (RuntimeException alreadyStopped) {
            // a test that stopped the server and failed before starting it again
        }
        try (Stream<Path> files = Files.walk(data)) {
            files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // under target/, removed by the next clean
        }
    }

    private void run(List<String> command, boolean serverCommand) {
        List<String> full = new ArrayList<>();
        if (serverCommand && asPostgresAccount) {
            full.addAll(List.of("runuser", "-u", USER, "--"));
        }
        full.addAll(command);
        Path output = home.resolve("command.log");
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
            if (!process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("Timed out: " + full);
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("Failed (" + process.exitValue() + "): " + full + "\n" + tail(output));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String tail(Path file) {
        try {
            List<String> lines = Files.readAllLines(file);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "";
        }
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean runningAsRoot() {
        try {
            Process id = new ProcessBuilder("id", "-u").start();
            String uid = new String(id.getInputStream().readAllBytes()).trim();
            id.waitFor();
            return "0".equals(uid);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
