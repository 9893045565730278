package vn.mamxanh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/**
 * Every role against every route that reaches a case, for cases of their own unit and of others:
 * the app's API, the engine REST API (tasks, process instances, history), Tasklist's own REST API
 * and the webapp pages. Each expectation that does not hold is collected, so one run lists every leak.
 */
@MamXanhTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

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

    private AccessFixtures fixtures;
    /** case label → case id */
    private final Map<String, String> cases = new LinkedHashMap<>();
    private String mentor;
    private String farSecretary;
    private final List<String> leaks = new ArrayList<>();

    /** Who may read which case, and whose group owns the branch step of which case. */
    private record Expectation(String user, Set<String> reads, Set<String> works) {
    }

    @BeforeAll
    void openCases() {
        fixtures = new AccessFixtures(caseRepository, repository, runtime, taskService);
        HttpTestClient admin = HttpTestClient.basic(port, "quantri");
        String farDistrict = AccessFixtures.newUnit(admin, "hu-xa", "DISTRICT", "Huyện ủy Xa Xôi", null);
        String farGrassroots = AccessFixtures.newUnit(admin, "du-xa", "GRASSROOTS", "Đảng ủy xã Xa", farDistrict);
        String farBranch = AccessFixtures.newUnit(admin, "cb-xa", "BRANCH", "Chi bộ thôn Xa", farGrassroots);
        farSecretary = AccessFixtures.newPerson(admin, "bithu.xa", farBranch);
        AccessFixtures.grantRole(admin, farSecretary, farBranch, "SECRETARY");
        mentor = AccessFixtures.newPerson(admin, "giupdo.dong", "cb-thon-dong");

        cases.put("dong", fixtures.openCase("cb-thon-dong", "doan-an-hoa"));
        cases.put("tay", fixtures.openCase("cb-thon-tay", "hoi-phu-nu-an-hoa"));
        cases.put("far", fixtures.openCase(farBranch, null));
        cases.put("mentored", fixtures.openCase("cb-thon-dong", null));
        // the secretary gives the case to a mentor in person, as the mentoring step does
        taskService.setAssignee(fixtures.task(cases.get("mentored"), AccessFixtures.BRANCH_STEP).getId(), mentor);
    }

    @BeforeEach
    void startCounting() {
        leaks.clear();
    }

    private List<Expectation> matrix() {
        Set<String> anHoa = Set.of("dong", "tay", "mentored");
        return List.of(
                new Expectation("bithu.dong", Set.of("dong", "mentored"), Set.of("dong")),
                new Expectation("bithu.tay", Set.of("tay"), Set.of("tay")),
                new Expectation("chiuy.dong", Set.of("dong", "mentored"), Set.of()),
                new Expectation("danguy.anhoa1", anHoa, Set.of()),
                new Expectation("ttct.canbo", anHoa, Set.of()),
                new Expectation("btc.chuyenvien", anHoa, Set.of()),
                new Expectation("btv.uyvien", anHoa, Set.of()),
                new Expectation("ubkt.kiemtra", anHoa, Set.of()),
                new Expectation("doan.anhoa", Set.of("dong"), Set.of()),
                new Expectation(mentor, Set.of("mentored"), Set.of()),
                new Expectation(farSecretary, Set.of("far"), Set.of("far")));
    }

    @Test
    void every_role_reads_exactly_its_scope_and_acts_only_on_its_own_tasks_by_every_route() {
        for (Expectation expected : matrix()) {
            HttpTestClient api = HttpTestClient.basic(port, expected.user());
            HttpTestClient browser = HttpTestClient.loggedIn(port, expected.user());
            browser.get("/camunda/app/tasklist/default/");
            JsonNode ownList = api.get("/api/cases").json();
            for (Map.Entry<String, String> entry : cases.entrySet()) {
                String label = entry.getKey();
                String caseId = entry.getValue();
                boolean reads = expected.reads().contains(label);
                String instance = fixtures.processInstanceOf(caseId);
                String task = fixtures.task(caseId, AccessFixtures.BRANCH_STEP).getId();
                String where = expected.user() + " × " + label + ": ";

                expect(where + "app case list", containsCase(ownList, caseId), reads);
                expect(where + "app case profile", api.get("/api/cases/" + caseId).status() == 200, reads);

                expect(where + "engine task list", nonEmpty(api.get("/engine-rest/task?processInstanceBusinessKey=" + caseId)), reads);
                expect(where + "engine task", api.get("/engine-rest/task/" + task).status() == 200, reads);
                expect(where + "engine task variables", api.get("/engine-rest/task/" + task + "/variables").status() == 200, reads);
                expect(where + "engine process list", nonEmpty(api.get("/engine-rest/process-instance?businessKey=" + caseId)), reads);
                expect(where + "engine process", api.get("/engine-rest/process-instance/" + instance).status() == 200, reads);
                expect(where + "engine process variables",
                        api.get("/engine-rest/process-instance/" + instance + "/variables").status() == 200, reads);
                expect(where + "history process list",
                        nonEmpty(api.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseId)), reads);
                expect(where + "history task list",
                        nonEmpty(api.get("/engine-rest/history/task?processInstanceBusinessKey=" + caseId)), reads);
                expect(where + "history variables",
                        nonEmpty(api.get("/engine-rest/history/variable-instance?processInstanceId=" + instance)), reads);
                expect(where + "history activities",
                        nonEmpty(api.get("/engine-rest/history/activity-instance?processInstanceId=" + instance)), reads);
                expect(where + "tasklist task list",
                        nonEmpty(browser.get("/camunda/api/engine/engine/default/task?processInstanceBusinessKey=" + caseId)), reads);
                expect(where + "tasklist history",
                        nonEmpty(browser.get("/camunda/api/engine/engine/default/history/task?processInstanceBusinessKey=" + caseId)), reads);

                // Nobody changes a case by the back door.
                expect(where + "engine process delete", api.delete("/engine-rest/process-instance/" + instance).status() < 300, false);
                expect(where + "engine process variable change", api.postJson("/engine-rest/process-instance/" + instance
                        + "/variables", Map.of("modifications", Map.of("caseId", Map.of("value", "HS-GIA")))).status() < 300, false);

                if (!label.equals("mentored")) {
                    boolean works = expected.works().contains(label);
                    Response claim = api.postJson("/engine-rest/task/" + task + "/claim", Map.of("userId", expected.user()));
                    expect(where + "engine claim", claim.status() == 204, works);
                    if (claim.status() == 204) {
                        api.postJson("/engine-rest/task/" + task + "/unclaim", Map.of());
                    }
                    Response webClaim = browser.postJsonAsWebapp("/camunda/api/engine/engine/default/task/" + task + "/claim",
                            Map.of("userId", expected.user()));
                    expect(where + "tasklist claim", webClaim.status() == 204, works);
                    if (webClaim.status() == 204) {
                        browser.postJsonAsWebapp("/camunda/api/engine/engine/default/task/" + task + "/unclaim", Map.of());
                    }
                    if (!works) {
                        expect(where + "engine complete", api.postJson("/engine-rest/task/" + task + "/complete",
                                Map.of("variables", Map.of())).status() < 300, false);
                        expect(where + "tasklist complete", browser.postJsonAsWebapp("/camunda/api/engine/engine/default/task/"
                                + task + "/complete", Map.of("variables", Map.of())).status() < 300, false);
                    }
                }
            }
        }
        assertThat(leaks).as("authorization matrix").isEmpty();
        // every case is still open and untouched after all those attempts
        cases.values().forEach(caseId -> assertThat(fixtures.task(caseId, AccessFixtures.BRANCH_STEP)).isNotNull());
    }

    @Test
    void an_administrator_manages_the_organisation_but_reads_no_case_by_any_route() {
        HttpTestClient api = HttpTestClient.basic(port, "quantri");
        HttpTestClient browser = HttpTestClient.loggedIn(port, "quantri");
        String caseId = cases.get("dong");
        String instance = fixtures.processInstanceOf(caseId);
        String task = fixtures.task(caseId, AccessFixtures.BRANCH_STEP).getId();

        expectStatus("admin app case list", api.get("/api/cases"), 403);
        expectStatus("admin app case profile", api.get("/api/cases/" + caseId), 403);
        expectStatus("admin engine task list", api.get("/engine-rest/task"), 403);
        expectStatus("admin engine task", api.get("/engine-rest/task/" + task), 403);
        expectStatus("admin engine process", api.get("/engine-rest/process-instance/" + instance), 403);
        expectStatus("admin engine history", api.get("/engine-rest/history/process-instance"), 403);
        expectStatus("admin engine variables", api.get("/engine-rest/history/variable-instance"), 403);
        expectStatus("admin engine filter results", api.get("/engine-rest/filter"), 403);
        expectStatus("admin engine claim", api.postJson("/engine-rest/task/" + task + "/claim", Map.of("userId", "quantri")), 403);
        expectStatus("admin tasklist data", browser.get("/camunda/api/engine/engine/default/task"), 403);
        expectStatus("admin cockpit data", browser.get("/camunda/api/cockpit/plugin/base/default/process-definition/statistics"), 403);
        expectStatus("admin tasklist page", browser.get("/camunda/app/tasklist/default/"), 403);
        expectStatus("admin cockpit page", browser.get("/camunda/app/cockpit/default/"), 403);

        expectStatus("admin users", api.get("/engine-rest/user"), 200);
        expectStatus("admin groups", api.get("/engine-rest/group"), 200);
        expectStatus("admin authorizations", api.get("/engine-rest/authorization"), 200);
        expectStatus("admin definitions", api.get("/engine-rest/process-definition"), 200);
        expectStatus("admin admin page", browser.get("/camunda/app/admin/default/"), 200);
        expectStatus("admin admin users in webapp", browser.get("/camunda/api/engine/engine/default/user"), 200);
        expectStatus("admin units page", browser.get("/admin/units"), 200);
        expectStatus("admin units api", api.get("/api/admin/units"), 200);
        assertThat(leaks).isEmpty();
    }

    @Test
    void webapp_pages_open_for_the_roles_that_use_them_and_no_others() {
        for (String user : List.of("bithu.dong", "chiuy.dong", "danguy.anhoa1", "ttct.canbo", "btc.chuyenvien",
                "btv.uyvien", "ubkt.kiemtra", "doan.anhoa", mentor)) {
            HttpTestClient browser = HttpTestClient.loggedIn(port, user);
            expectStatus(user + " tasklist page", browser.get("/camunda/app/tasklist/default/"), 200);
            expectStatus(user + " admin webapp page", browser.get("/camunda/app/admin/default/"), 403);
            expectStatus(user + " units page", browser.get("/admin/units"), 403);
            expectStatus(user + " units api", HttpTestClient.basic(port, user).get("/api/admin/units"), 403);
            expectStatus(user + " users api", HttpTestClient.basic(port, user)
                    .postJson("/engine-rest/user/create", Map.of("profile", Map.of("id", "ke.gian"))), 403);
            expectStatus(user + " cockpit page", browser.get("/camunda/app/cockpit/default/"),
                    user.equals("ubkt.kiemtra") ? 200 : 403);
        }
        assertThat(leaks).isEmpty();
    }

    private void expect(String what, boolean actual, boolean expected) {
        if (actual != expected) {
            leaks.add(what + (expected ? " should be allowed but was refused" : " should be refused but was allowed"));
        }
    }

    private void expectStatus(String what, Response response, int status) {
        if (response.status() != status) {
            leaks.add(what + ": expected " + status + " but was " + response.status());
        }
    }

    private static boolean nonEmpty(Response response) {
        return response.status() == 200 && response.json().isArray() && response.json().size() > 0;
    }

    private static boolean containsCase(JsonNode list, String caseId) {
        if (!list.isArray()) {
            return false;
        }
        Function<JsonNode, String> id = node -> node.path("id").asText();
        for (JsonNode node : list) {
            if (id.apply(node).equals(caseId)) {
                return true;
            }
        }
        return false;
    }
}
