package vn.mamxanh.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.candidate.CaseJourney.Candidate;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/**
 * Seeded random malformed requests against the write endpoints that take a person's data: the
 * start of a case (app API and start form) and the completion of a step (engine REST API and app
 * API). Every request carries at least one defect; none may be answered 5xx, none may change any
 * data, and every refusal is a problem detail naming the field.
 */
@MamXanhTest
class FuzzTest {

    private static final long SEED = 20261201L;
    private static final int PER_ENDPOINT = 1000;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] HOSTILE = {"<script>alert(1)</script>", "'; drop table candidate_case; --",
            "2026-11-30' OR '1'='1", "${jndi:ldap://x/a}", "\u0000", "../../etc/passwd", "%00", "NaN", "-1",
            "4294967303", "2026-02-30", "2026-11-30 rác rưởi", "30/11/2026", "{\"$gt\":\"\"}"};

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RuntimeService runtime;

    @Test
    void Fuzz_1000_malformed_requests_per_write_endpoint_get_no_5xx_change_nothing_and_name_the_field() throws Exception {
        CaseJourney journey = CaseJourney.introduce(context, port);
        Task review = journey.openTask();
        String before = snapshot(journey);
        Random random = new Random(SEED);
        HttpTestClient representative = HttpTestClient.basic(port, "doan.anhoa");
        HttpTestClient secretary = HttpTestClient.basic(port, "bithu.dong");

        Map<String, Map<String, Object>> bases = Map.of(
                "introduce", Candidate.standard().json(),
                "review", new LinkedHashMap<>(Map.of("intakeDecision", "ACCEPT", "mentorId", "dangvien.dong1")));
        List<Endpoint> endpoints = List.of(
                new Endpoint("POST /api/cases", "introduce", body -> representative.postJson("/api/cases", body), false),
                new Endpoint("POST /engine-rest/process-definition/key/candidate-admission/submit-form", "introduce",
                        body -> representative.postJson("/engine-rest/process-definition/key/candidate-admission/submit-form", body), true),
                new Endpoint("POST /engine-rest/task/{id}/complete", "review",
                        body -> secretary.postJson("/engine-rest/task/" + review.getId() + "/complete", body), true),
                new Endpoint("POST /api/cases/{id}/tasks/{taskId}/complete", "review",
                        body -> secretary.postJson("/api/cases/" + journey.caseId() + "/tasks/" + review.getId() + "/complete", body), false));

        long cases = jdbc.sql("select count(*) from candidate_case").query(Long.class).single();
        long instances = runtime.createProcessInstanceQuery().processDefinitionKey("candidate-admission").count();
        Map<String, int[]> tally = new LinkedHashMap<>();
        List<String> faults = new ArrayList<>();
        for (Endpoint endpoint : endpoints) {
            int[] counts = new int[3]; // tried, 4xx, 5xx
            tally.put(endpoint.name(), counts);
            for (int i = 0; i < PER_ENDPOINT; i++) {
                String body = malformed(random, bases.get(endpoint.base()), endpoint.engine());
                Response answer = endpoint.send().apply(body);
                counts[0]++;
                if (answer.status() >= 500) {
                    counts[2]++;
                    faults.add(endpoint.name() + " 5xx for " + abbreviated(body) + ": " + abbreviated(answer.body()));
                } else if (answer.status() >= 400) {
                    counts[1]++;
                    boolean named = answer.header("Content-Type").startsWith("application/problem+json")
                            && !answer.json().path("field").asText("").isBlank();
                    String text = answer.body();
                    if (!named || text.contains("Exception") || text.contains("insert into") || text.contains("SQL")) {
                        faults.add(endpoint.name() + " " + answer.status() + " without a named field for " + abbreviated(body)
                                + ": " + abbreviated(text));
                    }
                } else {
                    faults.add(endpoint.name() + " accepted " + abbreviated(body) + ": " + answer.status());
                }
            }
        }
        tally.forEach((name, counts) -> System.out.printf("Fuzz: %s: %d malformed requests, %d answered 4xx, %d answered 5xx%n",
                name, counts[0], counts[1], counts[2]));
        assertThat(faults).as("faults (seed " + SEED + ")").isEmpty();
        assertThat(snapshot(journey)).as("the case's rows and variables").isEqualTo(before);
        assertThat(jdbc.sql("select count(*) from candidate_case").query(Long.class).single()).as("cases").isEqualTo(cases);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("candidate-admission").count()).isEqualTo(instances);
        assertThat(journey.openTask().getId()).as("the step is still open").isEqualTo(review.getId());
    }

    record Endpoint(String name, String base, Function<String, Response> send, boolean engine) {
    }

    /** The base submission with one to three defects, at least one of which no check may let through. */
    private static String malformed(Random random, Map<String, Object> base, boolean engine) throws Exception {
        Map<String, Object> fields = new LinkedHashMap<>(base);
        List<String> keys = new ArrayList<>(fields.keySet());
        int defects = 1 + random.nextInt(3);
        String raw = null;
        for (int d = 0; d < defects; d++) {
            String key = keys.get(random.nextInt(keys.size()));
            switch (random.nextInt(d == 0 ? 9 : 11)) {
                case 0 -> fields.remove(keys.get(0)); // a required field missing
                case 1 -> fields.put("caseId", "HS-2026-000001"); // a field the form does not have
                // a huge string: over every field's length, now and then over a megabyte
                case 2 -> fields.put(key, "x".repeat(random.nextInt(40) == 0 ? 1_100_000 : 4001 + random.nextInt(60_000)));
                case 3 -> fields.put(key, List.of(1, 2)); // a list where one value belongs
                case 4 -> fields.put(key, Map.of("nested", HOSTILE[random.nextInt(HOSTILE.length)])); // an object
                case 5 -> fields.put(keys.get(0), keys.get(0).equals("fullName")
                        ? "x".repeat(256) : HOSTILE[random.nextInt(HOSTILE.length)]); // script, SQL or a bad date in a checked field
                case 6 -> raw = "{\"" + keys.get(0) + "\": 1, \"" + keys.get(0) + "\": 2}"; // duplicated keys
                case 7 -> raw = "{\"" + keys.get(0) + "\": \"" + HOSTILE[random.nextInt(HOSTILE.length)]; // malformed JSON
                case 8 -> fields.put(firstChecked(fields), HOSTILE[random.nextInt(HOSTILE.length)] + "\u0301");
                // the last two alone would be valid: only ever added to a defect above
                case 9 -> {
                    if (fields.get(key) instanceof String text) {
                        fields.put(key, Normalizer.normalize(text, Normalizer.Form.NFD));
                    }
                }
                default -> fields.put("extra" + random.nextInt(5), random.nextBoolean());
            }
        }
        if (raw != null) {
            return engine ? "{\"variables\": " + raw + "}" : raw;
        }
        if (!engine) {
            return JSON.writeValueAsString(fields);
        }
        Map<String, Object> variables = new LinkedHashMap<>();
        int typed = random.nextInt(4);
        fields.forEach((name, value) -> {
            Map<String, Object> variable = new LinkedHashMap<>();
            variable.put("value", value);
            if (typed == 1) {
                variable.put("type", List.of("Long", "Date", "Object", "Json", "Bytes", "Integer", "Foo").get(random.nextInt(7)));
            }
            variables.put(name, variable);
        });
        return JSON.writeValueAsString(typed == 2 ? Map.of("variables", variables, "businessKey", "HS-2026-000001")
                : Map.of("variables", variables));
    }

    /** A field whose value is checked against a pattern, options or a date: a hostile value there is always wrong. */
    private static String firstChecked(Map<String, Object> fields) {
        for (String key : List.of("idNumber", "intakeDecision", "gender", "dateOfBirth")) {
            if (fields.containsKey(key)) {
                return key;
            }
        }
        return fields.keySet().iterator().next();
    }

    private String snapshot(CaseJourney journey) {
        return jdbc.sql("select * from candidate_case where id = ?").param(journey.caseId()).query().listOfRows()
                + " " + jdbc.sql("select count(*) from intake_decision where case_id = ?").param(journey.caseId()).query(Long.class).single()
                + " " + jdbc.sql("select count(*) from mentor_assignment where case_id = ?").param(journey.caseId()).query(Long.class).single()
                + " " + new java.util.TreeMap<>(runtime.getVariables(journey.processInstanceId()));
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }
}
