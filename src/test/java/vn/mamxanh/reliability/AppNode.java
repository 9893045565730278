package vn.mamxanh.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import vn.mamxanh.testing.HttpTestClient;

/**
 * One Mầm Xanh node: the packaged jar ({@code mamxanh.jar}, built by {@code package}) run as an
 * operating-system process of its own on the "postgres" profile, with its job executor on, as in
 * production. Its output goes to {@code target/reliability/<name>-<n>.log}.
 */
final class AppNode implements AutoCloseable {

    private static final Duration READY_WITHIN = Duration.ofMinutes(6);

    private final String name;
    private final String jdbcUrl;
    private final Path logs;
    private final int port;
    private Process process;
    private Path log;
    private int starts;

    private AppNode(String name, String jdbcUrl, Path logs) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.logs = logs;
        this.port = ThrowawayPostgres.freePort();
    }

    /** Starts the node and waits until it is ready (start-up runners, demo data included, are done). */
    static AppNode start(String name, String jdbcUrl, Path logs) {
        AppNode node = new AppNode(name, jdbcUrl, logs);
        node.start();
        return node;
    }

    void start() {
        ProcessBuilder builder = command(jdbcUrl, List.of("--server.port=" + port,
                // the node's name in the engine's job log (ACT_HI_JOB_LOG.HOSTNAME_), to see who ran a timer
                "--camunda.bpm.generic-properties.properties.hostname=" + name));
        try {
            Files.createDirectories(logs);
            log = logs.resolve(name + "-" + (++starts) + ".log");
            process = builder.redirectOutput(log.toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        awaitReady();
    }

    /** The jar run once as a command (e.g. {@code --mamxanh.audit.verify=true}) until it exits; its exit code. */
    static int runToExit(String jdbcUrl, Path log, String... arguments) {
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--camunda.bpm.job-execution.enabled=false"));
        all.addAll(List.of(arguments));
        try {
            Files.createDirectories(log.getParent());
            Process run = command(jdbcUrl, all).redirectOutput(log.toFile()).start();
            if (!run.waitFor(READY_WITHIN.toSeconds(), TimeUnit.SECONDS)) {
                run.destroyForcibly();
                throw new IllegalStateException("The jar did not exit within " + READY_WITHIN + "; see " + log);
            }
            return run.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static ProcessBuilder command(String jdbcUrl, List<String> arguments) {
        Path jar = Path.of(System.getProperty("mamxanh.jar", "target/mamxanh-0.1.0-SNAPSHOT.jar"));
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("No packaged jar at " + jar + ": run ./mvnw -Preliability verify (it packages first)");
        }
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx700m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Duser.timezone=Asia/Ho_Chi_Minh",
                "-jar", jar.toAbsolutePath().toString(),
                // readiness turns UP only after the start-up runners (demo organisation and cases) are done
                "--management.endpoint.health.probes.enabled=true",
                // cheap password hashes, as in the suite: hundreds of Basic-auth requests a minute
                "--mamxanh.security.password.bcrypt-strength=4",
                // look for due jobs at least every 5 s, so timers made due by the tests are found quickly
                "--camunda.bpm.job-execution.max-wait=5000",
                "--logging.level.root=warn", "--logging.level.vn.mamxanh=info"));
        command.addAll(arguments);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SPRING_PROFILES_ACTIVE", "postgres");
        builder.environment().put("MAMXANH_DB_URL", jdbcUrl);
        builder.environment().put("MAMXANH_DB_USER", ThrowawayPostgres.USER);
        builder.environment().put("MAMXANH_DB_PASSWORD", "");
        // the demo organisation and cases: the users the load logs in as, and history for the backup
        builder.environment().put("MAMXANH_DEMO_ENABLED", "true");
        return builder;
    }

    private void awaitReady() {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; see " + log + "\n" + logTail());
            }
            try {
                HttpResponse<String> readiness = http.send(HttpRequest.newBuilder(URI.create(base() + "/actuator/health/readiness"))
                        .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
                if (readiness.statusCode() == 200 && readiness.body().contains("UP")) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(Duration.ofSeconds(1));
        }
        throw new IllegalStateException(name + " not ready within " + READY_WITHIN + "; see " + log + "\n" + logTail());
    }

    /** {@code kill -9}: no shutdown hook, no connection closed cleanly, no transaction finished. */
    void kill9() {
        try {
            Process kill = new ProcessBuilder("kill", "-9", String.valueOf(process.pid())).inheritIO().start();
            kill.waitFor(10, TimeUnit.SECONDS);
            process.waitFor(30, TimeUnit.SECONDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
        if (process.isAlive()) {
            throw new IllegalStateException(name + " survived kill -9");
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    int port() {
        return port;
    }

    String name() {
        return name;
    }

    String base() {
        return "http://localhost:" + port;
    }

    HttpTestClient as(String user) {
        return HttpTestClient.basic(port, user);
    }

    Path log() {
        return log;
    }

    String logTail() {
        try {
            List<String> lines = Files.readAllLines(log);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log)";
        }
    }

    /** Ends the node as an operator would (SIGTERM, graceful), or with kill -9 when it does not go. */
    @Override
    public void close() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                kill9();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
