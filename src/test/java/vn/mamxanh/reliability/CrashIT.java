package vn.mamxanh.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * The app is killed with {@code kill -9} while clients complete steps over HTTP, and started again.
 * The database is the record: every completion the client was told succeeded is there, every case is
 * either untouched or fully moved on in the app's tables and the engine alike, and the monthly timers
 * that fell due while the app was down fire once, by themselves, after the restart.
 */
class CrashIT {

    private static final String MARKER = "Kiểm thử sập máy";

    @Test
    void Crash_kill_9_during_completions_loses_no_answered_completion_leaves_none_half_applied_and_fires_timers_due_meanwhile_once() {
        ReliabilityEnvironment env = ReliabilityEnvironment.get();
        CaseLedger ledger = new CaseLedger(env.postgres);
        CompletionLoad load = new CompletionLoad(MARKER, n -> env.primary);

        CompletionLoad.Running running = load.start(4, Duration.ofMinutes(3));
        waitUntil(() -> load.completionsAnswered2xx() >= 20, Duration.ofSeconds(120));
        env.primary.kill9();
        running.stopAndAwait();
        long inFlight = load.attempts().stream().filter(a -> a.completed() == CompletionLoad.NO_ANSWER && a.taskId() != null).count();

        // The mentoring timers of these cases wait for next month; while the app is down, their month comes.
        Map<String, String> timers = ledger.waitingReportTimers(MARKER);
        ledger.makeDueIn(timers.keySet(), 2);
        AppNode.sleep(Duration.ofSeconds(4));
        long restartStarted = System.nanoTime();
        env.primary.start();
        long restartSeconds = Duration.ofNanos(System.nanoTime() - restartStarted).toSeconds();

        waitUntil(() -> timers.entrySet().stream().allMatch(t -> ledger.outcome(t.getKey(), t.getValue()).successfulRuns() >= 1),
                Duration.ofSeconds(120));
        // a second firing, if there were one, would come with the next acquisitions
        AppNode.sleep(Duration.ofSeconds(10));
        List<CaseLedger.TimerOutcome> outcomes = timers.entrySet().stream()
                .map(t -> ledger.outcome(t.getKey(), t.getValue())).toList();

        CompletionLoad.Attempt afterRestart = load.oneCase();
        Map<String, CaseLedger.Facts> facts = ledger.casesMarked(MARKER);
        List<String> lost = CaseLedger.lostCompletions(load.attempts(), facts);
        List<CaseLedger.Facts> halfApplied = CaseLedger.halfApplied(facts);
        long firedOnce = outcomes.stream().filter(CaseLedger.TimerOutcome::firedExactlyOnce).count();

        env.report("Crash: kill -9 during completions (CrashIT)", """
                - load: 4 clients introducing a case and completing its first step over HTTP; kill -9 after %d completions answered 2xx
                - requests tried: %d; answers: %s
                - 5xx other than 503 seen: %d
                - completions answered 2xx: %d, lost: %d; in flight at the kill (no answer): %d
                - cases in the database: %d, reviewed %d, introduced only %d, half-applied %d
                - restart: ready in %d s; timers due during the outage: %d, fired exactly once: %d
                """.formatted(load.completionsAnswered2xx() - (afterRestart.completionAnswered2xx() ? 1 : 0), load.requests(),
                load.statusSummary(), load.serverErrorsOtherThan503(), load.completionsAnswered2xx(), lost.size(), inFlight,
                facts.size(), CaseLedger.count(facts, CaseLedger.State.REVIEWED),
                CaseLedger.count(facts, CaseLedger.State.INTRODUCED), halfApplied.size(), restartSeconds, timers.size(),
                firedOnce));

        assertThat(afterRestart.completed()).as("a completion after the restart").isEqualTo(204);
        assertThat(lost).as("completions answered 2xx but not in the database").isEmpty();
        assertThat(CaseLedger.lostIntroductions(load.attempts(), facts)).as("introductions answered 201 but missing").isEmpty();
        assertThat(halfApplied).as("cases applied in some tables only").isEmpty();
        assertThat(load.serverErrors()).as("5xx answers").isEmpty();
        assertThat(timers).as("monthly timers waiting when the app died").isNotEmpty();
        assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.firedExactlyOnce()).as(outcome.toString()).isTrue());
    }

    static void waitUntil(java.util.function.BooleanSupplier condition, Duration atMost) {
        long deadline = System.nanoTime() + atMost.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Condition not met within " + atMost);
            }
            AppNode.sleep(Duration.ofMillis(500));
        }
    }
}
