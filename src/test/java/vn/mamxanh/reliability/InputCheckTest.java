package vn.mamxanh.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.candidate.CaseJourney.Candidate;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/** What a careful tester sent, and the answer each must get: a Vietnamese 400 naming the field, nothing stored. */
@MamXanhTest
class InputCheckTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    @Test
    void Input_over_long_texts_impossible_dates_and_wrong_types_are_400s_naming_the_field_on_every_route() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(CaseJourney.RECORD_CLASS_RESULT);
        String taskId = journey.openTask().getId();
        Map<String, Object> good = journey.goodData(CaseJourney.RECORD_CLASS_RESULT);

        List<Map<String, Object>> spoiled = List.of(
                with(good, "certificateNumber", "G".repeat(65)),
                with(good, "certificateNumber", "G".repeat(1024 * 1024)),
                with(good, "certificateIssuedOn", "2026-02-30"),
                with(good, "certificateIssuedOn", "2026-11-30 rác rưởi"),
                with(good, "certificateIssuedOn", "2026-11-30' OR '1'='1"),
                with(good, "attended", "có lẽ"));
        List<String> fields = List.of("certificateNumber", "certificateNumber", "certificateIssuedOn", "certificateIssuedOn",
                "certificateIssuedOn", "attended");
        HttpTestClient owner = HttpTestClient.basic(port, "ttct.canbo");
        for (int i = 0; i < spoiled.size(); i++) {
            Map<String, Object> variables = new HashMap<>();
            spoiled.get(i).forEach((name, value) -> variables.put(name, Map.of("value", value)));
            Response engine = owner.postJson("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
            Response api = owner.postJson("/api/cases/" + journey.caseId() + "/tasks/" + taskId + "/complete", spoiled.get(i));
            for (Response answer : List.of(engine, api)) {
                assertRefused(answer, fields.get(i));
            }
        }
        // typed the engine's way: an impossible Date, "abc" as Long, a type the engine does not know, broken JSON
        assertRefused(owner.postJson("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
                "certificateIssuedOn", Map.of("value", "2026-02-30T00:00:00.000+0700", "type", "Date")))), "certificateIssuedOn");
        assertRefused(owner.postJson("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
                "certificateNumber", Map.of("value", "abc", "type", "Long")))), "certificateNumber");
        assertRefused(owner.postJson("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
                "certificateNumber", Map.of("value", "abc", "type", "Foo")))), "certificateNumber");
        assertRefused(owner.postJson("/engine-rest/task/" + taskId + "/complete", "{\"variables\": {\"attended\": "), "body");
        assertRefused(owner.postJson("/engine-rest/task/" + taskId + "/complete",
                "{\"variables\": {\"attended\": {\"value\": \"true\"}, \"attended\": {\"value\": \"false\"}}}"), "attended");

        // nor around the form: the task's variables are not a back door into the case's process
        Response backDoor = owner.putJson("/engine-rest/task/" + taskId + "/variables/caseId", Map.of("value", "HS-2026-000001"));
        assertThat(backDoor.status()).isEqualTo(403);
        assertThat(owner.postJson("/engine-rest/task/" + taskId + "/variables", Map.of("modifications",
                Map.of("certificateNumber", Map.of("value", "G".repeat(65))))).status()).isEqualTo(403);
        assertThat(journey.tasks().getVariable(taskId, "caseId")).isEqualTo(journey.caseId());

        assertThat(jdbc.sql("select count(*) from class_result where case_id = ?").param(journey.caseId()).query(Long.class).single())
                .as("nothing stored").isZero();
        assertThat(journey.openTask().getId()).as("the step is still open").isEqualTo(taskId);
        assertThat(journey.complete(good).status()).as("the good data still completes it").isEqualTo(204);
    }

    @Test
    void Input_counts_must_be_non_negative_whole_numbers_that_fit_the_branch_and_never_wrap_around() {
        CaseJourney journey = CaseJourney.introduce(context, port).advanceTo(CaseJourney.RECORD_BRANCH_VOTE);
        Map<String, Object> good = journey.goodData(CaseJourney.RECORD_BRANCH_VOTE);
        for (Object count : List.of(4_294_967_303L, -1, "-1", 2.5, "bảy")) {
            Map<String, Object> vote = with(with(good, "membersPresent", count), "votesInFavour", count);
            assertRefused(journey.complete(vote), "membersPresent");
        }
        // the branch's membership is the listener's rule; its refusal is an answer, logged below ERROR and WARN
        ch.qos.logback.classic.Logger root = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> logged = new ch.qos.logback.core.read.ListAppender<>();
        logged.start();
        root.addAppender(logged);
        Response tooMany;
        try {
            tooMany = journey.complete(with(with(good, "membersPresent", journey.officialMembers() + 1), "votesInFavour",
                    journey.officialMembers() + 1));
        } finally {
            root.detachAppender(logged);
        }
        assertThat(logged.list).filteredOn(event -> event.getLevel().isGreaterOrEqual(ch.qos.logback.classic.Level.WARN))
                .extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).as("warnings and errors logged")
                .noneMatch(message -> message.contains("đảng viên chính thức") || message.contains("RuleViolation"));
        assertThat(logged.list).extracting(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage)
                .anyMatch(message -> message.contains("Refused by a rule"));
        assertRefused(tooMany, "membersPresent");
        assertThat(tooMany.json().path("detail").asText()).contains("đảng viên chính thức");
        assertThat(jdbc.sql("select count(*) from branch_vote where case_id = ?").param(journey.caseId()).query(Long.class).single())
                .isZero();
    }

    @Test
    void Input_a_name_typed_in_NFD_is_stored_in_NFC_and_found_with_or_without_accents() {
        String name = "Lương Thị Ngọc Diễm " + Long.toString(System.nanoTime() % 100000, 36).replaceAll("\\d", "");
        Map<String, Object> candidate = Candidate.standard().json();
        candidate.put("fullName", Normalizer.normalize(name, Normalizer.Form.NFD));
        Response created = HttpTestClient.basic(port, "doan.anhoa").postJson("/api/cases", candidate);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        String caseId = created.json().path("caseId").asText();
        assertThat(jdbc.sql("select full_name from candidate_case where id = ?").param(caseId).query(String.class).single())
                .isEqualTo(Normalizer.normalize(name, Normalizer.Form.NFC));

        // a name stored decomposed before this check existed is found too
        String old = "Trần Thị Ánh Tuyết " + caseId.substring(caseId.length() - 3).replaceAll("\\d", "x");
        Map<String, Object> second = Candidate.standard().json();
        second.put("fullName", "placeholder");
        String oldId = HttpTestClient.basic(port, "doan.anhoa").postJson("/api/cases", second).json().path("caseId").asText();
        jdbc.sql("update candidate_case set full_name = ? where id = ?").params(Normalizer.normalize(old, Normalizer.Form.NFD), oldId).update();

        HttpTestClient secretary = HttpTestClient.loggedIn(port, "bithu.dong");
        for (String typed : List.of(name, "luong thi ngoc diem", "LƯƠNG THỊ NGỌC", Normalizer.normalize("Ngọc Diễm", Normalizer.Form.NFD))) {
            assertThat(secretary.get("/cases?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)).body()).as(typed).contains(caseId);
        }
        for (String typed : List.of("Ánh Tuyết", "anh tuyet", "TRAN THI ANH")) {
            assertThat(secretary.get("/cases?q=" + URLEncoder.encode(typed, StandardCharsets.UTF_8)).body()).as(typed).contains(oldId);
        }
    }

    private static void assertRefused(Response answer, String field) {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.header("Content-Type")).startsWith("application/problem+json");
        assertThat(answer.json().path("field").asText()).as(answer.body()).isEqualTo(field);
        assertThat(answer.body()).doesNotContainIgnoringCase("exception").doesNotContainIgnoringCase("insert into")
                .doesNotContain("Cannot").doesNotContain("at org.");
    }

    private static Map<String, Object> with(Map<String, Object> fields, String key, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(fields);
        changed.put(key, value);
        return changed;
    }
}
