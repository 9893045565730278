package vn.mamxanh.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Two nodes on one PostgreSQL, Camunda's shared-database cluster, each with its job executor on.
 * Requests alternate between the nodes as a load balancer without stickiness sends them: each case is
 * introduced on one node and its step completed on the other; the monthly timers of all the cases
 * fall due at once and both executors race for them; a person logged in on one node carries on on the other.
 */
class ClusterIT {

    private static final String MARKER = "Kiểm thử cụm hai nút";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void Cluster_of_two_nodes_completes_tasks_on_either_node_fires_every_timer_exactly_once_and_keeps_sessions_across_nodes()
            throws Exception {
        ReliabilityEnvironment env = ReliabilityEnvironment.get();
        CaseLedger ledger = new CaseLedger(env.postgres);
        try (AppNode second = AppNode.start("node-b", env.postgres.jdbcUrl(ReliabilityEnvironment.DATABASE), env.dir)) {
            List<AppNode> nodes = List.of(env.primary, second);
            CompletionLoad load = new CompletionLoad(MARKER, n -> nodes.get(n % 2));
            CompletionLoad.Running running = load.start(4, Duration.ofMinutes(3));
            CrashIT.waitUntil(() -> load.completionsAnswered2xx() >= 30, Duration.ofSeconds(150));
            running.stopAndAwait();
            Map<String, Long> completedOn = load.attempts().stream().filter(CompletionLoad.Attempt::completionAnswered2xx)
                    .collect(Collectors.groupingBy(CompletionLoad.Attempt::completedOn, TreeMap::new, Collectors.counting()));

            Map<String, String> timers = ledger.waitingReportTimers(MARKER);
            ledger.makeDueIn(timers.keySet(), 0);
            CrashIT.waitUntil(() -> timers.entrySet().stream()
                    .allMatch(t -> ledger.outcome(t.getKey(), t.getValue()).successfulRuns() >= 1), Duration.ofSeconds(120));
            AppNode.sleep(Duration.ofSeconds(10));
            List<CaseLedger.TimerOutcome> outcomes = timers.entrySet().stream()
                    .map(t -> ledger.outcome(t.getKey(), t.getValue())).toList();
            Map<String, Long> firedOn = outcomes.stream().flatMap(o -> o.nodes().stream())
                    .collect(Collectors.groupingBy(node -> node, TreeMap::new, Collectors.counting()));

            SessionAcrossNodes session = sessionAcrossNodes(env.primary, second, load);
            Map<String, CaseLedger.Facts> facts = ledger.casesMarked(MARKER);
            List<String> lost = CaseLedger.lostCompletions(load.attempts(), facts);

            env.report("Cluster: two nodes on one PostgreSQL (ClusterIT)", """
                    - load: 4 clients, each case introduced on one node and its first step completed on the other
                    - requests tried: %d; answers: %s; 5xx seen: %d
                    - completions answered 2xx: %d (by node: %s), lost: %d; half-applied cases: %d
                    - timers made due at once: %d; fired exactly once: %d; runs by node: %s
                    - session: logged in on node-a, then on node-b: case list %d, Tasklist API %d, completed a task %d
                    - logged out on node-b, then on node-a: %d
                    """.formatted(load.requests(), load.statusSummary(), load.serverErrorsOtherThan503() + load.answered(503),
                    load.completionsAnswered2xx(), completedOn, lost.size(), CaseLedger.halfApplied(facts).size(), timers.size(),
                    outcomes.stream().filter(CaseLedger.TimerOutcome::firedExactlyOnce).count(), firedOn,
                    session.casesOnOther, session.tasklistOnOther, session.completedOnOther, session.afterLogoutOnFirst));

            assertThat(load.serverErrors()).as("5xx answers").isEmpty();
            assertThat(load.answered(503)).as("503 answers").isZero();
            assertThat(completedOn).as("completions by node").containsOnlyKeys("node-a", "node-b");
            assertThat(lost).as("completions answered 2xx but not in the database").isEmpty();
            assertThat(CaseLedger.halfApplied(facts)).as("cases applied in some tables only").isEmpty();
            assertThat(timers).hasSizeGreaterThanOrEqualTo(30);
            assertThat(outcomes).allSatisfy(outcome -> assertThat(outcome.firedExactlyOnce()).as(outcome.toString()).isTrue());
            assertThat(session.casesOnOther).as("case list on the other node").isEqualTo(200);
            assertThat(session.tasklistOnOther).as("Tasklist's API on the other node").isEqualTo(200);
            assertThat(session.completedOnOther).as("a task completed through Tasklist's API on the other node").isEqualTo(204);
            assertThat(session.afterLogoutOnFirst).as("the first node after logging out on the other").isEqualTo(302);
        }
    }

    private record SessionAcrossNodes(int casesOnOther, int tasklistOnOther, int completedOnOther, int afterLogoutOnFirst) {
    }

    /** Logs in on the first node and goes on on the second: reading, Tasklist's API, a completion, logging out. */
    private static SessionAcrossNodes sessionAcrossNodes(AppNode first, AppNode other, CompletionLoad load) throws Exception {
        CompletionLoad.Attempt fresh = new CompletionLoad(MARKER + " (phiên)", n -> first).oneCaseIntroducedOnly();
        BrowserSession browser = new BrowserSession().logIn(first, "bithu.dong");
        assertThat(browser.get(first, "/cases").statusCode()).isEqualTo(200);
        HttpResponse<String> cases = browser.get(other, "/cases");
        // Tasklist's first call sets the webapps' XSRF cookie; its token lives in the shared session
        browser.get(first, "/camunda/app/tasklist/default/");
        HttpResponse<String> tasks = browser.get(other, "/camunda/api/engine/engine/default/task?processInstanceId="
                + fresh.processInstanceId());
        JsonNode found = JSON.readTree(tasks.body());
        String taskId = found.isArray() && found.size() == 1 ? found.get(0).get("id").asText() : "none";
        HttpResponse<String> completed = browser.postAsWebapp(other, "/camunda/api/engine/engine/default/task/" + taskId
                + "/complete", "{\"variables\":{\"intakeDecision\":{\"value\":\"ACCEPT\"},\"mentorId\":{\"value\":\"dangvien.dong2\"}}}");
        browser.logOut(other);
        HttpResponse<String> afterLogout = browser.get(first, "/cases");
        return new SessionAcrossNodes(cases.statusCode(), tasks.statusCode(), completed.statusCode(), afterLogout.statusCode());
    }
}
