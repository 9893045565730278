package vn.mamxanh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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

/** R16: a branch moving under another committee is on the record of every open case it holds. */
@MamXanhTest
class MovesAreJournalledTest {

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
    void the_auditor_reads_who_moved_a_branch_in_the_history_of_its_open_case() {
        AccessFixtures fixtures = new AccessFixtures(caseRepository, repository, runtime, taskService);
        HttpTestClient admin = HttpTestClient.basic(port, "quantri");
        String from = AccessFixtures.newUnit(admin, "du-truoc", "GRASSROOTS", "Đảng ủy xã Trước", "tu-dong-thap");
        String to = AccessFixtures.newUnit(admin, "du-sau", "GRASSROOTS", "Đảng ủy xã Sau", "tu-dong-thap");
        String branch = AccessFixtures.newUnit(admin, "cb-chuyen", "BRANCH", "Chi bộ thôn Chuyển", from);
        String caseId = fixtures.openCase(branch, null);

        assertThat(admin.putJson("/api/admin/units/" + branch + "/parent", Map.of("parentId", to)).status()).isEqualTo(200);

        JsonNode history = HttpTestClient.basic(port, "ubkt.kiemtra").get("/api/audit/cases/" + caseId).json();
        List<String> moves = new ArrayList<>();
        for (JsonNode line : history.get("lines")) {
            if (line.get("action").asText().equals("UNIT_CHANGED")) {
                moves.add(line.get("actor").asText() + " " + line.toString());
            }
        }
        assertThat(moves).singleElement().asString().startsWith("quantri ").contains(from, to, branch);
    }
}
