package vn.mamxanh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.MamXanhTest;

/** Every read of a candidate's dossier is recorded with who, when and which case; the inspection commission reads the record. */
@MamXanhTest
class DossierAccessLogTest {

    @LocalServerPort
    int port;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;

    @Test
    void reading_a_dossier_is_logged_with_user_time_and_case() {
        String caseId = new AccessFixtures(caseRepository, repository, runtime, taskService).openCase("cb-thon-dong", null);
        Instant before = Instant.now().minusSeconds(1);

        JsonNode profile = HttpTestClient.basic(port, "bithu.dong").get("/api/cases/" + caseId).json();
        assertThat(profile.get("fullName").asText()).isEqualTo("Nguyễn Thị Kiểm Tra");
        HttpTestClient.basic(port, "danguy.anhoa1").get("/api/cases/" + caseId);
        // a refused read shows nothing, so there is no dossier read to record
        assertThat(HttpTestClient.basic(port, "bithu.tay").get("/api/cases/" + caseId).status()).isEqualTo(404);

        JsonNode log = HttpTestClient.basic(port, "ubkt.kiemtra").get("/api/cases/" + caseId + "/access-log").json();
        assertThat(log).hasSize(2);
        assertThat(log).extracting(entry -> entry.get("userId").asText()).containsExactlyInAnyOrder("bithu.dong", "danguy.anhoa1");
        for (JsonNode entry : log) {
            assertThat(entry.get("caseId").asText()).isEqualTo(caseId);
            assertThat(entry.get("what").asText()).isEqualTo("PROFILE");
            Instant at = Instant.parse(entry.get("accessedAt").asText());
            assertThat(Duration.between(before, at)).isPositive().isLessThan(Duration.ofMinutes(1));
        }
    }

    @Test
    void only_auditors_read_the_access_log() {
        String caseId = new AccessFixtures(caseRepository, repository, runtime, taskService).openCase("cb-thon-dong", null);
        assertThat(HttpTestClient.basic(port, "bithu.dong").get("/api/cases/" + caseId + "/access-log").status()).isEqualTo(403);
        assertThat(HttpTestClient.basic(port, "quantri").get("/api/cases/" + caseId + "/access-log").status()).isEqualTo(403);
        assertThat(HttpTestClient.basic(port, "ubkt.kiemtra").get("/api/cases/" + caseId + "/access-log").status()).isEqualTo(200);
    }
}
