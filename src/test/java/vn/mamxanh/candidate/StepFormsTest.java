package vn.mamxanh.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mamxanh.candidate.CaseJourney.*;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import com.fasterxml.jackson.databind.JsonNode;

import vn.mamxanh.candidate.CaseJourney.Candidate;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/** Every step's owner gets a Vietnamese Camunda Form in Tasklist that asks for what the step's listener reads. */
@MamXanhTest
class StepFormsTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;

    @Test
    void each_step_of_stages_1_to_7_has_a_deployed_form_with_the_fields_its_rules_need() {
        // Over 60, so the path also passes the province committee's approval.
        CaseJourney journey = CaseJourney.introduce(context, port, Candidate.standard().bornOn(today().minusYears(65)));
        List<String> seen = new ArrayList<>();
        for (String step : List.of(REVIEW_INTRODUCTION, REPORT_MENTORING_PROGRESS, REVIEW_MENTORING_REPORT,
                PROPOSE_FOR_AWARENESS_CLASS, RECORD_CLASS_RESULT, COMPILE_DOSSIER, VERIFY_BACKGROUND, RECORD_BRANCH_VOTE,
                APPROVE_OLDER_CANDIDATE)) {
            journey.advanceTo(step);
            Task task = journey.openTask();
            Response form = HttpTestClient.basic(port, journey.ownerOf(step)).get("/engine-rest/task/" + task.getId() + "/deployed-form");
            assertThat(form.status()).as(step + ": " + form.body()).isEqualTo(200);
            Set<String> keys = new HashSet<>();
            collectKeys(form.json(), keys);
            assertThat(keys).as(step).containsAll(journey.goodData(step).keySet());
            if (!step.equals(PROPOSE_FOR_AWARENESS_CLASS)) {
                // required fields are declared so, and Tasklist marks them with an asterisk;
                // the proposal's note is the one optional-only form
                assertThat(form.body()).as(step).containsPattern("\"required\"\\s*:\\s*true");
            }
            seen.add(step);
        }
        assertThat(seen).hasSize(9);
    }

    private static void collectKeys(JsonNode node, Set<String> keys) {
        if (node.isObject()) {
            if (node.has("key")) {
                keys.add(node.get("key").asText());
            }
            node.elements().forEachRemaining(child -> collectKeys(child, keys));
        } else if (node.isArray()) {
            node.elements().forEachRemaining(child -> collectKeys(child, keys));
        }
    }
}
