package vn.mamxanh.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;

/**
 * PostgreSQL is stopped for 30 s while clients complete steps, then started again. Meanwhile every
 * route answers 503 with a Vietnamese problem detail (a Vietnamese page for a browser), never a 500;
 * afterwards the app serves again without being restarted, and nothing answered 2xx is missing.
 */
class DatabaseOutageIT {

    private static final String MARKER = "Kiểm thử mất CSDL";
    private static final Duration OUTAGE = Duration.ofSeconds(30);

    @Test
    void DatabaseOutage_of_30_s_is_answered_503_in_Vietnamese_not_500_and_the_app_reconnects_by_itself_losing_nothing() {
        ReliabilityEnvironment env = ReliabilityEnvironment.get();
        CaseLedger ledger = new CaseLedger(env.postgres);
        CompletionLoad load = new CompletionLoad(MARKER, n -> env.primary);
        HttpTestClient person = HttpTestClient.loggedIn(env.primary.port(), "bithu.dong");
        HttpTestClient machine = env.primary.as("bithu.dong");

        CompletionLoad.Running running = load.start(3, Duration.ofMinutes(4));
        CrashIT.waitUntil(() -> load.completionsAnswered2xx() >= 5, Duration.ofSeconds(120));
        long beforeOutage = load.requests();
        env.postgres.stop();
        long stoppedAt = System.nanoTime();
        List<Response> routes = new ArrayList<>();
        AppNode.sleep(Duration.ofSeconds(5));
        // one request of each kind a person or a program sends, answered while the database is away
        routes.add(person.get("/cases", "text/html"));
        routes.add(machine.get("/api/cases/HS-2026-000001"));
        routes.add(machine.get("/engine-rest/task?taskDefinitionKey=" + CompletionLoad.REVIEW_STEP));
        routes.add(person.get("/camunda/api/engine/engine/default/task/count"));
        AppNode.sleep(OUTAGE.minus(Duration.ofNanos(System.nanoTime() - stoppedAt)));
        long duringOutage = load.requests() - beforeOutage;
        long unavailableDuringOutage = load.answered(503);
        env.postgres.startAgain();
        long restartedAt = System.nanoTime();
        CrashIT.waitUntil(() -> machine.get("/api/cases?size=1").status() == 200, Duration.ofSeconds(120));
        long reconnectMillis = Duration.ofNanos(System.nanoTime() - restartedAt).toMillis();
        long answeredBefore = load.completionsAnswered2xx();
        CrashIT.waitUntil(() -> load.completionsAnswered2xx() >= answeredBefore + 5, Duration.ofSeconds(120));
        running.stopAndAwait();

        Map<String, CaseLedger.Facts> facts = ledger.casesMarked(MARKER);
        List<String> lost = CaseLedger.lostCompletions(load.attempts(), facts);
        List<CaseLedger.Facts> halfApplied = CaseLedger.halfApplied(facts);

        env.report("Database outage: PostgreSQL stopped for 30 s (DatabaseOutageIT)", """
                - load: 3 clients introducing a case and completing its first step over HTTP; pg_ctl stop -m fast, 30 s, pg_ctl start
                - requests tried: %d (%d while the database was stopped); answers: %s
                - 503 answered: %d, each a Vietnamese problem detail: %s; 5xx other than 503 seen: %d
                - one request per route during the outage (page, app API, engine REST, Tasklist API): %s
                - the app served again %d ms after PostgreSQL was back, without a restart
                - completions answered 2xx: %d, lost: %d; cases %d, half-applied %d
                """.formatted(load.requests(), duringOutage, load.statusSummary(), load.answered(503),
                load.unavailableNotInVietnamese() == 0 ? "yes" : "NO (" + load.unavailableNotInVietnamese() + " not)",
                load.serverErrorsOtherThan503(), routes.stream().map(r -> String.valueOf(r.status())).toList(), reconnectMillis,
                load.completionsAnswered2xx(), lost.size(), facts.size(), halfApplied.size()));

        assertThat(unavailableDuringOutage).as("503 answers while the database was stopped").isPositive();
        assertThat(load.serverErrors()).as("5xx answers other than 503").isEmpty();
        assertThat(load.unavailableNotInVietnamese()).as("503 answers that are not the Vietnamese problem detail").isZero();
        assertThat(routes).allSatisfy(response -> {
            assertThat(response.status()).isEqualTo(503);
            assertThat(response.header("Retry-After")).isEqualTo("30");
        });
        assertThat(routes.get(0).header("Content-Type")).startsWith("text/html");
        assertThat(routes.get(0).body()).contains("Hệ thống tạm thời gián đoạn", "cơ sở dữ liệu");
        assertThat(routes.subList(1, routes.size()))
                .allSatisfy(response -> assertThat(CompletionLoad.isVietnameseUnavailable(response)).as(response.body()).isTrue());
        assertThat(person.get("/cases").status()).as("the person's session after the outage").isEqualTo(200);
        assertThat(lost).as("completions answered 2xx but not in the database").isEmpty();
        assertThat(halfApplied).as("cases applied in some tables only").isEmpty();
    }
}
