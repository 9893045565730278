package vn.mamxanh.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/**
 * Fifty people press "Hoàn thành" on the same step at the same moment, over the engine REST API
 * (as Tasklist does) and over the app API: one of them records the step, the others are told it
 * is already done, and what is stored is one person's submission, whole.
 */
@MamXanhTest
class CompletionRacesTest {

    private static final int CLIENTS = 50;

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    record Attempt(int client, String route, String certificateNumber, LocalDate issuedOn, Response response) {
    }

    @Test
    void Races_50_clients_completing_the_same_tasks_at_once_one_wins_each_the_others_get_409_and_the_data_is_the_winners()
            throws Exception {
        List<CaseJourney> journeys = List.of(CaseJourney.introduce(context, port), CaseJourney.introduce(context, port));
        for (CaseJourney journey : journeys) {
            journey.advanceTo(CaseJourney.RECORD_CLASS_RESULT);
        }
        List<Attempt> attempts = race(journeys);

        System.out.printf("Races: %d completions tried on %d tasks, %d answered 2xx, %d answered 409, %d answered 5xx%n",
                attempts.size(), journeys.size(), count(attempts, 200, 299), count(attempts, 409, 409), count(attempts, 500, 599));
        assertThat(count(attempts, 500, 599)).as("answers 5xx").isZero();
        for (CaseJourney journey : journeys) {
            List<Attempt> mine = attempts.stream().filter(a -> a.certificateNumber().startsWith("GCN-" + journey.caseId())).toList();
            List<Attempt> winners = mine.stream().filter(a -> a.response().status() == 204).toList();
            assertThat(winners).as("winners for " + journey.caseId()).hasSize(1);
            for (Attempt loser : mine) {
                if (loser == winners.get(0)) {
                    continue;
                }
                assertThat(loser.response().status()).as(loser.route() + " " + loser.response().body()).isEqualTo(409);
                assertThat(loser.response().header("Content-Type")).startsWith("application/problem+json");
                assertThat(loser.response().json().path("detail").asText()).contains("đã được hoàn thành");
                assertThat(loser.response().json().path("field").asText()).isEqualTo("taskId");
            }
            Attempt winner = winners.get(0);
            List<Map<String, Object>> stored = jdbc.sql("select certificate_number, certificate_issued_on from class_result where case_id = ?")
                    .param(journey.caseId()).query().listOfRows();
            assertThat(stored).as("one class result, the winner's, whole").hasSize(1);
            assertThat(stored.get(0).get("certificate_number")).isEqualTo(winner.certificateNumber());
            assertThat(stored.get(0).get("certificate_issued_on").toString()).isEqualTo(winner.issuedOn().toString());
            assertThat(journey.openTask().getTaskDefinitionKey()).as("the case moved exactly one step")
                    .isEqualTo(CaseJourney.COMPILE_DOSSIER);
        }
    }

    private List<Attempt> race(List<CaseJourney> journeys) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Callable<Attempt>> work = new ArrayList<>();
        for (int client = 0; client < CLIENTS; client++) {
            CaseJourney journey = journeys.get(client % journeys.size());
            String taskId = journey.openTask().getId();
            String number = "GCN-" + journey.caseId() + "-" + client;
            LocalDate issuedOn = CaseJourney.today().minusDays(1 + client);
            boolean engineRest = client % 4 < 2;
            int id = client;
            HttpTestClient owner = HttpTestClient.basic(port, "ttct.canbo");
            work.add(() -> {
                start.await();
                Response response;
                if (engineRest) {
                    Map<String, Object> variables = new HashMap<>();
                    variables.put("attended", Map.of("value", "true"));
                    variables.put("certificateNumber", Map.of("value", number));
                    variables.put("certificateIssuedOn", Map.of("value", issuedOn.toString()));
                    response = owner.postJson("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
                } else {
                    response = owner.postJson("/api/cases/" + journey.caseId() + "/tasks/" + taskId + "/complete",
                            Map.of("attended", "true", "certificateNumber", number, "certificateIssuedOn", issuedOn.toString()));
                }
                return new Attempt(id, engineRest ? "engine-rest" : "api", number, issuedOn, response);
            });
        }
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Attempt>> futures = new ArrayList<>();
            for (Callable<Attempt> each : work) {
                futures.add(pool.submit(each));
            }
            start.countDown();
            List<Attempt> attempts = new ArrayList<>();
            for (Future<Attempt> future : futures) {
                attempts.add(future.get());
            }
            return attempts;
        } finally {
            pool.shutdownNow();
        }
    }

    private static long count(List<Attempt> attempts, int from, int to) {
        return attempts.stream().filter(a -> a.response().status() >= from && a.response().status() <= to).count();
    }
}
