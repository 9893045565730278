package vn.mamxanh.bench;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

/** A server the benchmark starts, waits for, watches (heap, CPU) and stops. */
final class Processes {

    static final class Server {
        final String name;
        final Process process;
        final Path log;
        final long startedAt = System.nanoTime();

        Server(String name, Process process, Path log) {
            this.name = name;
            this.process = process;
            this.log = log;
        }

        long pid() {
            return process.pid();
        }

        void awaitReady(String url, Duration timeout) throws Exception {
            HttpClient client = HttpClient.newHttpClient();
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                if (!process.isAlive()) {
                    throw new IllegalStateException(name + " stopped while starting; see " + log);
                }
                try {
                    int status = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(2)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                    if (status == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // not listening yet
                }
                Thread.sleep(500);
            }
            throw new IllegalStateException(name + " not ready after " + timeout + "; see " + log);
        }

        double secondsSinceStart() {
            return (System.nanoTime() - startedAt) / 1e9;
        }

        void stop() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(java.util.concurrent.TimeUnit.SECONDS.toMillis(30), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    static Server start(String name, List<String> command, Map<String, String> env, Path log) throws IOException {
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().putAll(env);
        return new Server(name, builder.start(), log);
    }

    /** Heap in use and CPU of one process while a phase runs, sampled once a second. */
    static final class Watch implements AutoCloseable {
        private final long pid;
        private final Thread sampler;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final long startTicks;
        private final long startNanos = System.nanoTime();
        private final Map<Long, Long> startPostgresTicks;
        private volatile double peakHeapMb;
        private volatile long endTicks;
        private volatile Map<Long, Long> endPostgresTicks = Map.of();
        private volatile long endNanos;

        Watch(long pid) {
            this.pid = pid;
            this.startTicks = cpuTicks(pid);
            this.startPostgresTicks = postgresTicks();
            this.sampler = new Thread(() -> {
                while (running.get()) {
                    peakHeapMb = Math.max(peakHeapMb, heapUsedMb(pid));
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException stop) {
                        return;
                    }
                }
            }, "watch-" + pid);
            sampler.setDaemon(true);
            sampler.start();
        }

        @Override
        public void close() {
            endTicks = cpuTicks(pid);
            endPostgresTicks = postgresTicks();
            endNanos = System.nanoTime();
            running.set(false);
            sampler.interrupt();
        }

        double peakHeapMb() {
            return peakHeapMb;
        }

        /** Cores used on average: 1.0 is one core busy for the whole phase. */
        double cores() {
            return (endTicks - startTicks) / 100.0 / ((endNanos - startNanos) / 1e9);
        }

        double postgresCores() {
            return postgresTicksBetween(startPostgresTicks, endPostgresTicks) / 100.0 / ((endNanos - startNanos) / 1e9);
        }
    }

    /** utime + stime in clock ticks (100 per second on Linux). */
    static long cpuTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** CPU ticks of every process named postgres on the machine (the server and its backends), by pid. */
    static Map<Long, Long> postgresTicks() {
        Map<Long, Long> ticks = new java.util.HashMap<>();
        File[] entries = new File("/proc").listFiles((dir, n) -> n.chars().allMatch(Character::isDigit));
        if (entries == null) {
            return ticks;
        }
        for (File entry : entries) {
            try {
                String stat = Files.readString(entry.toPath().resolve("stat"));
                String command = stat.substring(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
                if (command.startsWith("postgres")) {
                    long pid = Long.parseLong(entry.getName());
                    ticks.put(pid, cpuTicks(pid));
                }
            } catch (IOException | RuntimeException gone) {
                // the process ended meanwhile
            }
        }
        return ticks;
    }

    /**
     * What the PostgreSQL processes alive at the end used in between (a backend that ended during the phase is not
     * counted, so this is a lower bound).
     */
    static long postgresTicksBetween(Map<Long, Long> start, Map<Long, Long> end) {
        long total = 0;
        for (var process : end.entrySet()) {
            total += Math.max(0, process.getValue() - start.getOrDefault(process.getKey(), 0L));
        }
        return total;
    }

    /** Used heap (survivor, eden, old) from jstat, in MB. */
    static double heapUsedMb(long pid) {
        try {
            Process jstat = new ProcessBuilder("jstat", "-gc", String.valueOf(pid)).redirectErrorStream(true).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(jstat.getInputStream()))) {
                out.lines().forEach(lines::add);
            }
            jstat.waitFor();
            if (lines.size() < 2) {
                return 0;
            }
            String[] head = lines.get(0).trim().split("\\s+");
            String[] values = lines.get(1).trim().split("\\s+");
            double kb = 0;
            for (int i = 0; i < head.length; i++) {
                if (head[i].equals("S0U") || head[i].equals("S1U") || head[i].equals("EU") || head[i].equals("OU")) {
                    kb += Double.parseDouble(values[i]);
                }
            }
            return kb / 1024;
        } catch (IOException | RuntimeException | InterruptedException unavailable) {
            return 0;
        }
    }

    /** Runs a command to its end and returns what it printed; fails on a non-zero exit. */
    static String run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " failed:\n" + output);
        }
        return output;
    }
}
