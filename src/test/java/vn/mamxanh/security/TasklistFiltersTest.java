package vn.mamxanh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.NewCases;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/** The shared Tasklist filters, as each person sees them through the engine REST API Tasklist uses. */
@MamXanhTest
class TasklistFiltersTest {

    @LocalServerPort
    int port;

    @Autowired
    FilterService filters;

    @Autowired
    CaseRepository cases;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskService tasks;

    @Test
    void branch_tasks_lists_the_tasks_of_the_own_branch_and_not_those_of_another() {
        Task east = NewCases.firstTaskOfANewCase(cases, engine, DemoOrganisation.BRANCH_EAST);

        assertThat(taskIdsIn(TasklistFilters.BRANCH_TASKS, "bithu.dong")).contains(east.getId());
        assertThat(taskIdsIn(TasklistFilters.BRANCH_TASKS, "bithu.tay")).doesNotContain(east.getId());
    }

    @Test
    void my_tasks_lists_a_task_once_the_secretary_has_claimed_it() {
        Task east = NewCases.firstTaskOfANewCase(cases, engine, DemoOrganisation.BRANCH_EAST);
        assertThat(taskIdsIn(TasklistFilters.MY_TASKS, "bithu.dong")).doesNotContain(east.getId());

        tasks.claim(east.getId(), "bithu.dong");

        assertThat(taskIdsIn(TasklistFilters.MY_TASKS, "bithu.dong")).contains(east.getId());
        assertThat(taskIdsIn(TasklistFilters.BRANCH_TASKS, "bithu.dong")).doesNotContain(east.getId());
    }

    @Test
    void a_restart_does_not_create_the_filters_twice() {
        TasklistFilters.ensure(filters, tasks);

        assertThat(filters.createFilterQuery().filterName(TasklistFilters.MY_TASKS).count()).isEqualTo(1);
        assertThat(filters.createFilterQuery().filterName(TasklistFilters.BRANCH_TASKS).count()).isEqualTo(1);
    }

    private List<String> taskIdsIn(String filterName, String user) {
        HttpTestClient person = HttpTestClient.basic(port, user);
        Response found = person.get("/engine-rest/filter?name=" + URLEncoder.encode(filterName, StandardCharsets.UTF_8));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json()).as("filters named %s visible to %s", filterName, user).hasSize(1);
        Response listed = person.get("/engine-rest/filter/" + found.json().get(0).get("id").asText() + "/list?maxResults=1000");
        assertThat(listed.status()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        for (JsonNode task : listed.json()) {
            ids.add(task.get("id").asText());
        }
        return ids;
    }
}
