package vn.mamxanh.reliability;

import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.IntFunction;

import com.fasterxml.jackson.databind.JsonNode;

import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;

/**
 * The load the failure tests run under, over real HTTP as the demo users: the Youth Union introduces
 * a candidate ({@code POST /api/cases}) and the branch secretary completes the first step of the case,
 * "Xem xét giới thiệu" ({@code POST /engine-rest/task/{id}/complete}: accept, with a mentor), whose
 * listeners write the app's tables and start the mentoring process with its monthly timer. Every
 * answer is counted; every case carries the test's marker in its occupation, so the database can be
 * searched for cases whose introduction was never answered.
 */
final class CompletionLoad {

    static final String REVIEW_STEP = "Task_ReviewIntroduction";
    static final int NO_ANSWER = -1;

    /** One case the load tried: the answers it got (or {@link #NO_ANSWER}) and the ids it learnt. */
    record Attempt(String caseId, String processInstanceId, String taskId, int introduced, int completed, String completedOn) {
        boolean completionAnswered2xx() {
            return completed >= 200 && completed < 300;
        }
    }

    private final String marker;
    private final IntFunction<AppNode> nodeFor;
    private final List<Attempt> attempts = Collections.synchronizedList(new ArrayList<>());
    private final Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
    private final LongAdder requests = new LongAdder();
    private final LongAdder unavailableNotInVietnamese = new LongAdder();
    private final List<String> serverErrors = Collections.synchronizedList(new ArrayList<>());
    private final AtomicInteger sequence = new AtomicInteger();
    private final AtomicBoolean stopped = new AtomicBoolean();

    /**
     * @param nodeFor which node serves the n-th case's introduction; its completion goes to node n + 1
     *                (so on a cluster of two, each case is introduced on one node and completed on the other)
     */
    CompletionLoad(String marker, IntFunction<AppNode> nodeFor) {
        this.marker = marker;
        this.nodeFor = nodeFor;
    }

    /** Runs {@code workers} clients until {@link #stop()} or {@code atMost}, whichever comes first; returns at once. */
    Running start(int workers, Duration atMost) {
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long deadline = System.nanoTime() + atMost.toNanos();
        List<Future<?>> futures = new ArrayList<>();
        for (int w = 0; w < workers; w++) {
            futures.add(pool.submit(() -> {
                while (!stopped.get() && System.nanoTime() < deadline) {
                    oneCase();
                }
            }));
        }
        pool.shutdown();
        return new Running(pool, futures);
    }

    /** Introduces one case and completes its first step; never throws for an answer or a missing one. */
    Attempt oneCase() {
        int n = sequence.incrementAndGet();
        Response introduced = introduce(n);
        if (introduced == null || introduced.status() != 201) {
            return record(new Attempt(null, null, null, statusOf(introduced), NO_ANSWER, null));
        }
        String caseId = introduced.json().get("caseId").asText();
        String processInstanceId = introduced.json().get("processInstanceId").asText();
        AppNode completing = nodeFor.apply(n + 1);
        HttpTestClient secretary = completing.as("bithu.dong");
        Response found = send(() -> secretary.get("/engine-rest/task?processInstanceId=" + processInstanceId
                + "&taskDefinitionKey=" + REVIEW_STEP));
        if (found == null || found.status() != 200 || found.json().size() != 1) {
            return record(new Attempt(caseId, processInstanceId, null, 201, NO_ANSWER, null));
        }
        String taskId = found.json().get(0).get("id").asText();
        Map<String, Object> variables = Map.of(
                "intakeDecision", Map.of("value", "ACCEPT"),
                "mentorId", Map.of("value", "dangvien.dong" + (1 + n % 4)));
        Response completed = send(() -> secretary.postJson("/engine-rest/task/" + taskId + "/complete",
                Map.of("variables", variables)));
        return record(new Attempt(caseId, processInstanceId, taskId, 201, statusOf(completed), completing.name()));
    }

    /** Only introduces a case, leaving its first step open. */
    Attempt oneCaseIntroducedOnly() {
        Response introduced = introduce(sequence.incrementAndGet());
        if (introduced == null || introduced.status() != 201) {
            throw new AssertionError("Introduction refused: " + (introduced == null ? "no answer" : introduced.body()));
        }
        return record(new Attempt(introduced.json().get("caseId").asText(), introduced.json().get("processInstanceId").asText(),
                null, 201, NO_ANSWER, null));
    }

    private Response introduce(int n) {
        Map<String, Object> candidate = CaseJourney.Candidate.standard().bornOn(LocalDate.now().minusYears(30 + n % 20)).json();
        candidate.put("occupation", marker);
        return send(() -> nodeFor.apply(n).as("doan.anhoa").postJson("/api/cases", candidate));
    }

    private Response send(java.util.function.Supplier<Response> request) {
        requests.increment();
        try {
            Response response = request.get();
            statuses.computeIfAbsent(response.status(), status -> new LongAdder()).increment();
            if (response.status() == 503 && !isVietnameseUnavailable(response)) {
                unavailableNotInVietnamese.increment();
            }
            if (response.status() >= 500 && response.status() != 503) {
                serverErrors.add(response.status() + " " + response.body());
            }
            return response;
        } catch (UncheckedIOException | IllegalStateException noAnswer) {
            // the node is down (killed, or restarting): the client saw no answer at all
            statuses.computeIfAbsent(NO_ANSWER, status -> new LongAdder()).increment();
            return null;
        }
    }

    /** A 503 as the outage filter writes it: a problem detail in Vietnamese with a stable type. */
    static boolean isVietnameseUnavailable(Response response) {
        if (!response.header("Content-Type").startsWith("application/problem+json")) {
            return false;
        }
        JsonNode problem = response.json();
        return problem.path("type").asText().equals("urn:mamxanh:problem:co-so-du-lieu-tam-ngung")
                && problem.path("title").asText().equals("Hệ thống tạm thời gián đoạn")
                && problem.path("detail").asText().contains("cơ sở dữ liệu")
                && !response.body().contains("Exception") && !response.body().toLowerCase().contains("sql");
    }

    private static int statusOf(Response response) {
        return response == null ? NO_ANSWER : response.status();
    }

    private Attempt record(Attempt attempt) {
        attempts.add(attempt);
        return attempt;
    }

    void stop() {
        stopped.set(true);
    }

    List<Attempt> attempts() {
        synchronized (attempts) {
            return List.copyOf(attempts);
        }
    }

    long requests() {
        return requests.sum();
    }

    long answered(int status) {
        LongAdder count = statuses.get(status);
        return count == null ? 0 : count.sum();
    }

    long serverErrorsOtherThan503() {
        return statuses.entrySet().stream().filter(e -> e.getKey() >= 500 && e.getKey() != 503)
                .mapToLong(e -> e.getValue().sum()).sum();
    }

    long unavailableNotInVietnamese() {
        return unavailableNotInVietnamese.sum();
    }

    List<String> serverErrors() {
        synchronized (serverErrors) {
            return List.copyOf(serverErrors);
        }
    }

    String statusSummary() {
        return new java.util.TreeMap<>(statuses).entrySet().stream()
                .map(e -> (e.getKey() == NO_ANSWER ? "no answer" : String.valueOf(e.getKey())) + ": " + e.getValue().sum())
                .reduce((a, b) -> a + ", " + b).orElse("none");
    }

    long completionsAnswered2xx() {
        return attempts().stream().filter(Attempt::completionAnswered2xx).count();
    }

    /** The workers of a started load; {@link #await()} waits for the last iteration to end. */
    final class Running {
        private final ExecutorService pool;
        private final List<Future<?>> futures;

        private Running(ExecutorService pool, List<Future<?>> futures) {
            this.pool = pool;
            this.futures = futures;
        }

        void await() {
            try {
                if (!pool.awaitTermination(5, TimeUnit.MINUTES)) {
                    throw new IllegalStateException("load did not stop");
                }
                for (Future<?> future : futures) {
                    future.get();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("a load worker failed", e.getCause());
            }
        }

        void stopAndAwait() {
            stop();
            await();
        }
    }
}
