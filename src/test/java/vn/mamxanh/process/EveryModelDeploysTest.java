package vn.mamxanh.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.mamxanh.candidate.CaseJourney;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

@MamXanhTest
class EveryModelDeploysTest {

    @LocalServerPort
    int port;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    ApplicationContext context;

    @Test
    void every_model_in_the_bpmn_folder_is_deployed() throws IOException {
        List<String> files;
        try (Stream<Path> models = Files.list(Path.of("bpmn"))) {
            files = models.map(path -> path.getFileName().toString()).filter(name -> name.endsWith(".bpmn")).toList();
        }
        List<String> deployed = repository.createProcessDefinitionQuery().latestVersion().list().stream()
                .map(ProcessDefinition::getResourceName)
                .map(name -> Path.of(name).getFileName().toString())
                .toList();
        assertThat(files).isNotEmpty();
        assertThat(deployed).containsAll(files);
    }

    @Test
    void a_demo_secretary_completes_the_first_step_over_http() {
        CaseJourney journey = CaseJourney.introduce(context, port);
        HttpTestClient secretary = HttpTestClient.basic(port, "bithu.dong");

        Response tasks = secretary.get("/engine-rest/task?processInstanceId=" + journey.processInstanceId());
        assertThat(tasks.status()).isEqualTo(200);
        assertThat(tasks.json()).hasSize(1);
        String taskId = tasks.json().get(0).get("id").asText();

        Response completion = secretary.postJson("/engine-rest/task/" + taskId + "/complete", Map.of("variables", Map.of(
                "intakeDecision", Map.of("value", "ACCEPT"), "mentorId", Map.of("value", "dangvien.dong1"))));
        assertThat(completion.status()).isEqualTo(204);
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey("mentoring")
                .processInstanceBusinessKey(journey.caseId()).count()).isEqualTo(1);
    }
}
