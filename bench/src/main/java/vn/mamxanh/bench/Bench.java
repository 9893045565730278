package vn.mamxanh.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The benchmark: builds a population at a scale, then drives Mầm Xanh the way its users work,
 * completes tasks side by side with a plain Camunda peer on the same PostgreSQL, runs pgbench there
 * at the same client count, and prints one table. See docs/benchmarks.md for what each figure means.
 *
 * <pre>java -jar bench/target/bench.jar --scale ward|province|nation [--users 50] [--seconds 60] [--clients 8] [--reuse]</pre>
 */
public final class Bench {

    private static final String PASSWORD = "MamXanh@2026";
    private static final String JOB_MAX_WAIT = "3000";

    private final Map<String, String> options;
    private final Scale scale;
    private final String dbHost;
    private final String dbPort;
    private final String dbUser;
    private final String appDb;
    private final String peerDb;
    private final String pgbenchDb;
    private final int users;
    private final int seconds;
    private final int clients;
    private final int completionsPerClient;
    private final Path logs;
    private final Map<String, String> results = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();

    private Bench(Map<String, String> options) {
        this.options = options;
        this.scale = Scale.valueOf(options.getOrDefault("scale", "ward").toUpperCase(Locale.ROOT));
        this.dbHost = options.getOrDefault("db-host", "127.0.0.1");
        this.dbPort = options.getOrDefault("db-port", "5432");
        this.dbUser = options.getOrDefault("db-user", "postgres");
        this.appDb = "mamxanh_bench_" + scale.name().toLowerCase(Locale.ROOT);
        this.peerDb = appDb + "_peer";
        this.pgbenchDb = appDb + "_pgbench";
        this.users = Integer.parseInt(options.getOrDefault("users", scale == Scale.WARD ? "10" : "50"));
        this.seconds = Integer.parseInt(options.getOrDefault("seconds", scale == Scale.WARD ? "15" : "60"));
        this.clients = Integer.parseInt(options.getOrDefault("clients", "8"));
        this.completionsPerClient = Integer.parseInt(options.getOrDefault("completions", scale == Scale.WARD ? "10" : "60"));
        this.logs = Path.of(options.getOrDefault("logs", "bench/target/logs"));
    }

    /** One extra setting for the app, e.g. {@code --app-arg=--mamxanh.security.verified-credentials.time-to-live=0} for a before figure. */
    private String appArgument() {
        return options.getOrDefault("app-arg", "--spring.main.banner-mode=off");
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            String name = args[i].replaceFirst("^--", "");
            if (name.contains("=")) {
                options.put(name.substring(0, name.indexOf('=')), name.substring(name.indexOf('=') + 1));
                continue;
            }
            boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
            options.put(name, flag ? "true" : args[++i]);
        }
        new Bench(options).run();
    }

    private static String freePort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return String.valueOf(socket.getLocalPort());
        }
    }

    private String jdbc(String database) {
        return "jdbc:postgresql://" + dbHost + ":" + dbPort + "/" + database;
    }

    private void run() throws Exception {
        if (options.containsKey("clone-only")) {
            cloneOnly();
            return;
        }
        boolean reuse = options.containsKey("reuse") && databaseExists(appDb);
        if (!reuse) {
            recreate(appDb);
        }
        recreate(peerDb);
        // Free ports, so a server someone else left on a well-known port is never mistaken for ours.
        String appPort = options.getOrDefault("app-port", freePort());
        String peerPort = options.getOrDefault("peer-port", freePort());
        String app = "http://127.0.0.1:" + appPort;
        String peer = "http://127.0.0.1:" + peerPort;
        // Both servers get the same heap ceiling the targets name, and the same JVM.
        Processes.Server ours = Processes.start("mamxanh", List.of("java", "-Xmx" + options.getOrDefault("heap", "512m"),
                        "-jar", options.getOrDefault("app-jar", "target/mamxanh-0.1.0-SNAPSHOT.jar"), "--server.port=" + appPort,
                        // The generator makes mentoring timers due and waits for them: no minute-long idle back-off.
                        "--camunda.bpm.job-execution.max-wait=" + JOB_MAX_WAIT, appArgument()),
                Map.of("SPRING_PROFILES_ACTIVE", "postgres", "MAMXANH_DB_URL", jdbc(appDb), "MAMXANH_DB_USER", dbUser,
                        "MAMXANH_DB_PASSWORD", "", "MAMXANH_DEMO_ENABLED", "false"), logs.resolve("mamxanh.log"));
        Processes.Server plain = Processes.start("peer", List.of("java", "-Xmx" + options.getOrDefault("heap", "512m"),
                        "-jar", options.getOrDefault("peer-jar", "bench/peer/target/peer.jar"),
                        "--camunda.bpm.job-execution.max-wait=" + JOB_MAX_WAIT),
                Map.of("PEER_DB_URL", jdbc(peerDb), "PEER_DB_USER", dbUser, "PEER_PORT", peerPort, "PEER_PASSWORD", PASSWORD),
                logs.resolve("peer.log"));
        try (Connection db = DriverManager.getConnection(jdbc(appDb), dbUser, "")) {
            ours.awaitReady(app + "/actuator/health", Duration.ofMinutes(15));
            System.out.printf("Mầm Xanh ready after %.1f s (PostgreSQL, %s)%n", ours.secondsSinceStart(), reuse ? "existing data" : "empty database");
            plain.awaitReady(peer + "/engine-rest/engine", Duration.ofMinutes(15));
            LiveCases live = new LiveCases(app, PASSWORD, db);
            if (!reuse) {
                generate(db, live);
            }
            printPopulation(db);
            mixed(app, db, live, ours);
            authenticationOverhead(app);
            double ourRate = completions("Mầm Xanh", app, ours, prepareOurs(live, db), true);
            double peerRate = completions("peer", peer, plain, preparePeer(peer), false);
            double tps = pgbench();
            results.put("completions/s, Mầm Xanh", "%.1f".formatted(ourRate));
            results.put("completions/s, plain Camunda peer", "%.1f".formatted(peerRate));
            results.put("pgbench TPS (" + clients + " clients)", "%.0f".formatted(tps));
            results.put("Mầm Xanh ÷ peer", "%.2f".formatted(ourRate / peerRate));
            results.put("Mầm Xanh completions ÷ pgbench TPS", "%.4f".formatted(ourRate / tps));
            System.out.println();
            System.out.println("== Summary (" + scale.name().toLowerCase(Locale.ROOT) + ") ==");
            results.forEach((name, value) -> System.out.printf("%-48s %s%n", name, value));
            notes.forEach(note -> System.out.println("note: " + note));
        } finally {
            ours.stop();
            plain.stop();
        }
        if (!notes.isEmpty()) {
            // CI runs the smallest scale to prove the benchmark works: a failed request fails the run.
            System.exit(1);
        }
    }

    // ---- generation -------------------------------------------------------------------------------------------

    private void generate(Connection db, LiveCases live) throws Exception {
        long start = System.nanoTime();
        db.setAutoCommit(true);
        new Tree(scale, PASSWORD).load(db);
        System.out.printf("tree: %,d provinces, %,d commune committees, %,d branches (%.1f s)%n", scale.provinces, scale.communes(),
                scale.branches(), (System.nanoTime() - start) / 1e9);
        // One template case waiting at each step of stages 1-8, all in the first branch, made through the API.
        Map<LiveCases.LiveCase, String> targets = new LinkedHashMap<>();
        for (String step : LiveCases.STEPS) {
            targets.put(live.introduce(1, 1, 1, Tree.name(targets.size() * 31L + 5)), step);
        }
        live.advance(targets);
        List<Population.Template> templates = templates(db, new ArrayList<>(targets.keySet()));
        System.out.printf("templates: %d live cases through the API, one per step (%.1f s)%n", targets.size(), (System.nanoTime() - start) / 1e9);
        Population population = new Population(db, scale);
        population.cloneCases(templates, targets.keySet().iterator().next());
        System.out.printf("open cases cloned (%.1f s)%n", (System.nanoTime() - start) / 1e9);
        population.topUpHistoricTasks();
        population.finish();
        double took = (System.nanoTime() - start) / 1e9;
        System.out.printf("generation: %.1f s%n", took);
        results.put("generation (s)", "%.0f".formatted(took));
    }

    /** Weights: the share of open cases waiting at each step, out of 100; the last template stands for stages 8-12. */
    private static List<Population.Template> templates(Connection db, List<LiveCases.LiveCase> lives) throws SQLException {
        List<Population.Template> templates = new ArrayList<>();
        int[] weights = {4, 30, 6, 4, 6, 6, 5, 4};
        for (int i = 0; i < lives.size(); i++) {
            if (i < weights.length) {
                templates.add(new Population.Template(lives.get(i), stageOf(db, lives.get(i).caseId()), weights[i]));
            } else {
                for (String[] later : new String[][] {{"COMMITTEE_REVIEW", "4"}, {"DECISION", "3"}, {"CEREMONY", "2"},
                        {"PROBATION", "24"}, {"RECOGNITION", "2"}}) {
                    templates.add(new Population.Template(lives.get(i), later[0], Integer.parseInt(later[1])));
                }
            }
        }
        return templates;
    }

    /** For working on the generator: drops the clones and makes them again from the template cases already there. */
    private void cloneOnly() throws Exception {
        try (Connection db = DriverManager.getConnection(jdbc(appDb), dbUser, ""); Statement sql = db.createStatement()) {
            for (String table : new String[] {"act_ru_authorization", "act_ru_job", "act_ru_event_subscr", "act_ru_variable",
                    "act_ru_identitylink", "act_ru_task", "act_ru_execution", "act_hi_identitylink", "act_hi_varinst",
                    "act_hi_taskinst", "act_hi_actinst", "act_hi_procinst"}) {
                if (table.equals("act_ru_execution")) {
                    sql.execute("update act_ru_execution set super_exec_ = null, parent_id_ = null where id_ ~ '-c[0-9]+$'");
                }
                sql.execute("delete from " + table + " where id_ ~ '-c[0-9]+$' or id_ like 'h%-%'");
            }
            sql.execute("set session_replication_role = replica"); // past the append-only trigger, for bench data only
            sql.execute("delete from audit_journal where case_id like 'HS-2025-%'");
            sql.execute("set session_replication_role = origin");
            sql.execute("delete from candidate_case where id like 'HS-2025-%'");
            List<LiveCases.LiveCase> lives = new ArrayList<>();
            try (ResultSet rows = sql.executeQuery("select c.id, e.id_ from candidate_case c join act_ru_execution e "
                    + "on e.business_key_ = c.id and e.id_ = e.root_proc_inst_id_ where c.id like 'HS-2026-%' order by c.id limit 9")) {
                while (rows.next()) {
                    lives.add(new LiveCases.LiveCase(rows.getString(1), rows.getString(2), Tree.branch(1, 1, 1), Tree.commune(1, 1), Tree.province(1)));
                }
            }
            long start = System.nanoTime();
            Population population = new Population(db, scale);
            population.cloneCases(templates(db, lives), lives.get(0));
            population.topUpHistoricTasks();
            population.finish();
            System.out.printf("clones made again in %.1f s%n", (System.nanoTime() - start) / 1e9);
            printPopulation(db);
        }
    }

    private static String stageOf(Connection db, String caseId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select stage from candidate_case where id = ?")) {
            query.setString(1, caseId);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private void printPopulation(Connection db) throws SQLException {
        String[][] counts = {{"open cases", "select count(*) from candidate_case where status = 'OPEN'"},
                {"open tasks", "select count(*) from act_ru_task"},
                {"historic tasks", "select count(*) from act_hi_taskinst"},
                {"authorization rows", "select count(*) from act_ru_authorization"},
                {"audit journal entries", "select count(*) from audit_journal"},
                {"users", "select count(*) from act_id_user"},
                {"branches", "select count(*) from org_unit where kind = 'BRANCH'"}};
        try (Statement sql = db.createStatement()) {
            for (String[] count : counts) {
                try (ResultSet rows = sql.executeQuery(count[1])) {
                    rows.next();
                    System.out.printf("%-24s %,d%n", count[0], rows.getLong(1));
                    results.put(count[0], "%,d".formatted(rows.getLong(1)));
                }
            }
            try (ResultSet rows = sql.executeQuery("select pg_size_pretty(pg_database_size(current_database()))")) {
                rows.next();
                results.put("database size", rows.getString(1));
            }
        }
    }

    // ---- the users at work ------------------------------------------------------------------------------------

    /** People in their webapp sessions and API clients, each at a human pace, for a fixed time. */
    private void mixed(String app, Connection db, LiveCases live, Processes.Server ours) throws Exception {
        Random random = new Random(42);
        int completers = Math.max(1, users / 5);
        List<List<Task>> work = new ArrayList<>();
        for (int c = 0; c < completers; c++) {
            work.add(introduceWork(live, db, 1, 1 + c % scale.communesPerProvince, 2 + c / scale.communesPerProvince % 13,
                    Math.max(5, seconds / 2)));
        }
        List<String> branches = new ArrayList<>();
        try (Statement sql = db.createStatement(); ResultSet rows = sql.executeQuery(
                "select id from org_unit where kind = 'BRANCH' order by md5(id) limit " + users)) {
            while (rows.next()) {
                branches.add(rows.getString(1));
            }
        }
        long thinkMillis = Long.parseLong(options.getOrDefault("think-ms", "500"));
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        CountDownLatch ready = new CountDownLatch(users);
        CountDownLatch go = new CountDownLatch(1);
        long[] window = new long[2];
        List<Future<?>> running = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            int user = u;
            running.add(pool.submit(() -> {
                try {
                    Persona persona = persona(user, app, db, branches.get(user % branches.size()), work, random.nextLong());
                    ready.countDown();
                    go.await();
                    while (System.nanoTime() < window[1]) {
                        persona.act(latencies);
                        Thread.sleep(thinkMillis);
                    }
                } catch (Exception failed) {
                    latencies.record("(user " + user + " failed)", 0, false, failed.toString());
                    ready.countDown();
                }
                return null;
            }));
        }
        ready.await();
        window[0] = System.nanoTime();
        window[1] = window[0] + Duration.ofSeconds(seconds).toNanos();
        Processes.Watch watch = new Processes.Watch(ours.pid());
        go.countDown();
        for (Future<?> user : running) {
            user.get();
        }
        watch.close();
        pool.shutdown();
        double took = (System.nanoTime() - window[0]) / 1e9;
        System.out.println();
        System.out.printf("== %d users at work for %d s (think time %d ms) ==%n", users, seconds, thinkMillis);
        System.out.printf("%-26s %8s %7s %8s %9s %9s %9s%n", "operation", "count", "errors", "per s", "p50 ms", "p95 ms", "p99 ms");
        for (Latencies.Summary s : latencies.summaries(took)) {
            System.out.printf("%-26s %8d %7d %8.1f %9.1f %9.1f %9.1f%n", s.operation(), s.count(), s.errors(), s.perSecond(),
                    s.p50(), s.p95(), s.p99());
            results.put(s.operation() + " p95 (ms)", "%.1f".formatted(s.p95()));
        }
        latencies.firstErrors().forEach((operation, error) -> System.out.println("first error, " + operation + ": " + error));
        System.out.printf("Mầm Xanh: peak heap used %.0f MB, CPU %.2f cores; PostgreSQL CPU %.2f cores%n", watch.peakHeapMb(),
                watch.cores(), watch.postgresCores());
        results.put("users at work, errors", String.valueOf(latencies.totalErrors()));
        if (latencies.totalErrors() > 0) {
            notes.add(latencies.totalErrors() + " requests of the users at work failed");
        }
        results.put("users at work, peak heap (MB)", "%.0f".formatted(watch.peakHeapMb()));
        results.put("users at work, CPU (cores): app / PostgreSQL", "%.2f / %.2f".formatted(watch.cores(), watch.postgresCores()));
    }

    record Task(String id, String caseId, String branch, LiveCases.LiveCase live) {
    }

    interface Persona {
        void act(Latencies latencies) throws Exception;
    }

    /** Who user number u is: every fifth an API client completing intake reviews, the rest people in the webapps. */
    private Persona persona(int u, String app, Connection db, String branch, List<List<Task>> work, long seed) throws Exception {
        Random random = new Random(seed);
        String province = branch.substring(0, 3);
        String commune = branch.substring(0, branch.lastIndexOf('-'));
        switch (u % 5) {
            case 0 -> {
                ConcurrentLinkedQueue<Task> queue = new ConcurrentLinkedQueue<>(work.get(u / 5 % work.size()));
                Http api = Http.basic(app, Tree.secretary(queue.isEmpty() ? branch : queue.peek().branch()), PASSWORD);
                return latencies -> {
                    Task task = queue.poll();
                    if (task == null) {
                        timed(latencies, "task list (API)", () -> api.get("/engine-rest/task?candidateGroup=" + Tree.secretary(branch)
                                .replace(".bithu", ".secretary") + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15"));
                    } else {
                        claimAndComplete(latencies, api, task);
                    }
                };
            }
            case 3 -> {
                Http session = Http.session(app, Tree.standingCommittee(Integer.parseInt(province.substring(1))), PASSWORD);
                return latencies -> timed(latencies, "province dashboard", () -> session.get("/dashboard"));
            }
            case 4 -> {
                Http api = Http.basic(app, Tree.auditor(Integer.parseInt(province.substring(1))), PASSWORD);
                int year = Year.now().getValue();
                return latencies -> timed(latencies, "audit search, unit-year", () -> api.get("/api/audit/search?unit=" + commune
                        + "&from=" + year + "-01-01&to=" + year + "-12-31"));
            }
            default -> {
                Http session = Http.session(app, Tree.secretary(branch), PASSWORD);
                List<String[]> cases = new ArrayList<>();
                try (PreparedStatement query = db.prepareStatement(
                        "select id, full_name from candidate_case where branch_id = ? and status = 'OPEN' limit 50")) {
                    query.setString(1, branch);
                    try (ResultSet rows = query.executeQuery()) {
                        while (rows.next()) {
                            cases.add(new String[] {rows.getString(1), rows.getString(2)});
                        }
                    }
                }
                String groups = branch + ".secretary," + branch + ".committee";
                int[] turn = {0};
                return latencies -> {
                    String[] someCase = cases.isEmpty() ? new String[] {"HS-0000-000000", "Nguyễn"} : cases.get(random.nextInt(cases.size()));
                    switch (turn[0]++ % 3) {
                        case 0 -> timed(latencies, "task list (session)", () -> session.get(
                                "/camunda/api/engine/engine/default/task?candidateGroups=" + groups
                                        + "&sortBy=created&sortOrder=desc&firstResult=0&maxResults=15"));
                        case 1 -> timed(latencies, "case search", () -> session.get("/cases?q=" + Http.encode(someCase[1])));
                        default -> timed(latencies, "case page", () -> session.get("/cases/" + someCase[0]));
                    }
                };
            }
        }
    }

    interface Call {
        Http.Response call() throws Exception;
    }

    private static void timed(Latencies latencies, String operation, Call call) {
        long start = System.nanoTime();
        try {
            Http.Response response = call.call();
            latencies.record(operation, System.nanoTime() - start, response.ok(),
                    response.ok() ? null : response.status() + " " + response.body().substring(0, Math.min(200, response.body().length())));
        } catch (Exception failed) {
            latencies.record(operation, System.nanoTime() - start, false, failed.toString());
        }
    }

    private static boolean claimAndComplete(Latencies latencies, Http api, Task task) throws Exception {
        long start = System.nanoTime();
        Http.Response claimed = api.postJson("/engine-rest/task/" + task.id() + "/claim", Map.of("userId", api.user()));
        Http.Response done = claimed.ok() ? api.postJson("/engine-rest/task/" + task.id() + "/complete", Map.of("variables",
                task.live() == null ? Map.of() : Map.of("intakeDecision", Map.of("value", "ACCEPT"),
                        "mentorId", Map.of("value", task.branch() + ".dv1")))) : claimed;
        latencies.record("claim and complete", System.nanoTime() - start, done.ok(),
                done.ok() ? null : done.status() + " " + done.body().substring(0, Math.min(200, done.body().length())));
        return done.ok();
    }

    /**
     * What HTTP Basic costs per request: the same trivial engine call with credentials, against the public health
     * check without, one request at a time; the difference of the medians is the authentication overhead.
     */
    private void authenticationOverhead(String app) throws Exception {
        Http api = Http.basic(app, Tree.secretary(Tree.branch(1, 1, 2)), PASSWORD);
        Http anonymous = Http.anonymous(app);
        Latencies latencies = new Latencies();
        for (int i = 0; i < 110; i++) {
            long start = System.nanoTime();
            Http.Response engine = api.get("/engine-rest/engine");
            long engineNanos = System.nanoTime() - start;
            start = System.nanoTime();
            Http.Response health = anonymous.get("/actuator/health");
            long healthNanos = System.nanoTime() - start;
            if (i >= 10) {
                latencies.record("GET /engine-rest/engine (Basic)", engineNanos, engine.ok(), engine.ok() ? null : String.valueOf(engine.status()));
                latencies.record("GET /actuator/health (public)", healthNanos, health.ok(), health.ok() ? null : String.valueOf(health.status()));
            }
        }
        List<Latencies.Summary> summaries = latencies.summaries(1);
        System.out.println();
        System.out.println("== authentication overhead: 100 requests each, one at a time ==");
        for (Latencies.Summary s : summaries) {
            System.out.printf("%-34s p50 %7.1f ms  p95 %7.1f ms  errors %d%n", s.operation(), s.p50(), s.p95(), s.errors());
        }
        double overhead = summaries.get(1).p50() - summaries.get(0).p50();
        System.out.printf("HTTP Basic overhead (difference of medians): %.1f ms%n", overhead);
        results.put("HTTP Basic overhead per request (ms)", "%.1f".formatted(overhead));
        if (latencies.totalErrors() > 0) {
            notes.add("authentication overhead: " + latencies.totalErrors() + " requests failed");
        }
    }

    // ---- completions side by side -----------------------------------------------------------------------------

    private List<List<Task>> prepareOurs(LiveCases live, Connection db) throws Exception {
        List<List<Task>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            work.add(introduceWork(live, db, 1, 1 + c / 13 % scale.communesPerProvince, 2 + c % 13, completionsPerClient));
        }
        return work;
    }

    /** n new cases in one branch through the API, each waiting at its intake review. */
    private List<Task> introduceWork(LiveCases live, Connection db, int p, int c, int b, int n) throws Exception {
        List<Task> tasks = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            LiveCases.LiveCase introduced = live.introduce(p, c, b, Tree.name(i * 17L + b));
            LiveCases.OpenTask task = live.openTask(introduced.caseId());
            tasks.add(new Task(task.id(), introduced.caseId(), introduced.branch(), introduced));
        }
        return tasks;
    }

    private List<List<Task>> preparePeer(String peer) throws Exception {
        Http api = Http.basic(peer, "peerworker", PASSWORD);
        for (int i = 0; i < clients * completionsPerClient; i++) {
            Http.Response started = api.postJson("/engine-rest/process-definition/key/peer-one-task/start", Map.of());
            if (!started.ok()) {
                throw new IllegalStateException("Peer refused a start: " + started.status() + " " + started.body());
            }
        }
        List<String> ids = new ArrayList<>();
        api.get("/engine-rest/task?candidateGroup=peerworkers&maxResults=100000").json().forEach(task -> ids.add(task.get("id").asText()));
        Collections.shuffle(ids, new Random(7));
        List<List<Task>> work = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            work.add(new ArrayList<>());
        }
        for (int i = 0; i < ids.size(); i++) {
            work.get(i % clients).add(new Task(ids.get(i), null, null, null));
        }
        return work;
    }

    /** Every client claims and completes its own tasks as fast as answers come; completions per second overall. */
    private double completions(String name, String base, Processes.Server server, List<List<Task>> work, boolean ours) throws Exception {
        Latencies latencies = new Latencies();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        List<Future<Integer>> done = new ArrayList<>();
        Processes.Watch watch = new Processes.Watch(server.pid());
        long start = System.nanoTime();
        for (List<Task> tasks : work) {
            done.add(pool.submit(() -> {
                Http api = Http.basic(base, ours ? Tree.secretary(tasks.get(0).branch()) : "peerworker", PASSWORD);
                int completed = 0;
                for (Task task : tasks) {
                    completed += claimAndComplete(latencies, api, task) ? 1 : 0;
                }
                return completed;
            }));
        }
        int completed = 0;
        for (Future<Integer> client : done) {
            completed += client.get();
        }
        double took = (System.nanoTime() - start) / 1e9;
        watch.close();
        pool.shutdown();
        double rate = completed / took;
        Latencies.Summary s = latencies.summaries(took).get(0);
        System.out.println();
        System.out.printf("== %s: %d clients claim and complete %d tasks over /engine-rest (HTTP Basic) ==%n", name, clients, completed);
        System.out.printf("%.1f completions/s, p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, errors %d; peak heap %.0f MB, CPU %.2f cores, PostgreSQL %.2f cores%n",
                rate, s.p50(), s.p95(), s.p99(), s.errors(), watch.peakHeapMb(), watch.cores(), watch.postgresCores());
        latencies.firstErrors().forEach((operation, error) -> System.out.println("first error: " + error));
        if (s.errors() > 0) {
            notes.add(name + ": " + s.errors() + " completions failed");
        }
        return rate;
    }

    private double pgbench() throws Exception {
        recreate(pgbenchDb);
        List<String> connection = List.of("-h", dbHost, "-p", dbPort, "-U", dbUser);
        List<String> init = new ArrayList<>(List.of("pgbench", "-i", "-q", "-s", "10"));
        init.addAll(connection);
        init.add(pgbenchDb);
        Processes.run(init);
        List<String> bench = new ArrayList<>(List.of("pgbench", "-c", String.valueOf(clients), "-j", "2", "-T",
                options.getOrDefault("pgbench-seconds", scale == Scale.WARD ? "5" : "30")));
        bench.addAll(connection);
        bench.add(pgbenchDb);
        String output = Processes.run(bench);
        java.util.regex.Matcher tps = java.util.regex.Pattern.compile("tps = ([0-9.]+)").matcher(output);
        if (!tps.find()) {
            throw new IllegalStateException("No TPS in pgbench's output:\n" + output);
        }
        System.out.println();
        System.out.printf("== pgbench (TPC-B like, scale 10), %d clients: %s TPS ==%n", clients, tps.group(1));
        return Double.parseDouble(tps.group(1));
    }

    // ---- databases ----------------------------------------------------------------------------------------------

    private boolean databaseExists(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection(jdbc("postgres"), dbUser, "");
             PreparedStatement query = admin.prepareStatement("select 1 from pg_database where datname = ?")) {
            query.setString(1, name);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private void recreate(String name) throws SQLException {
        try (Connection admin = DriverManager.getConnection(jdbc("postgres"), dbUser, ""); Statement sql = admin.createStatement()) {
            sql.execute("drop database if exists " + name + " with (force)");
            sql.execute("create database " + name);
        }
    }
}
