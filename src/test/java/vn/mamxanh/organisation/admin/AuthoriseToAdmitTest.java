package vn.mamxanh.organisation.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.mamxanh.testing.DecisionPath.appraisal;
import static vn.mamxanh.testing.DecisionPath.grassrootsVote;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;

import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.testing.DecisionPath;
import vn.mamxanh.testing.HtmlTables;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/**
 * An administrator flags a grassroots committee as authorised to admit (được ủy quyền kết nạp đảng viên,
 * DOMAIN.md §1): the flag shows on the page and in the API, and a decision already waiting with the
 * standing committee above moves to the committee itself, and back when the authorisation is withdrawn.
 */
@MamXanhTest
class AuthoriseToAdmitTest {

    @LocalServerPort
    int port;
    @Autowired
    ApplicationContext context;
    @Autowired
    TaskService tasks;

    @Test
    void authorising_a_committee_moves_its_waiting_decision_to_it_and_the_page_and_api_show_the_flag() {
        HttpTestClient admin = HttpTestClient.basic(port, "quantri");
        String commune = create(admin, "du-uq", "GRASSROOTS", "Đảng ủy xã Ủy Quyền", DemoOrganisation.PROVINCE);
        String branch = create(admin, "cb-uq", "BRANCH", "Chi bộ ấp Ủy Quyền", commune);
        String member = "danguy.uq" + UUID.randomUUID().toString().substring(0, 6);
        Map<String, Object> person = new HashMap<>(Map.of("id", member, "fullName", "Đảng ủy viên Ủy Quyền",
                "branchId", branch, "membership", "OFFICIAL", "memberSince", "2010-01-01", "password", HttpTestClient.DEMO_PASSWORD));
        assertThat(admin.postJson("/api/admin/people", person).status()).isEqualTo(201);
        assertThat(admin.postJson("/api/admin/people/" + member + "/roles",
                Map.of("unitId", commune, "role", "GRASSROOTS_COMMITTEE")).status()).isEqualTo(201);

        DecisionPath path = new DecisionPath(context);
        DecisionPath.today(LocalDate.of(2026, 3, 2));
        String caseId = path.newCaseIn(branch, DemoOrganisation.YOUTH_UNION, "doan.anhoa");
        ProcessInstance instance = path.startAdmissionDecision(caseId);
        path.complete(instance, "Task_RecordGrassrootsVote", member, grassrootsVote(1, 0, true, null));
        path.complete(instance, "Task_AppraiseDossier", "btc.chuyenvien", appraisal());
        assertThat(path.task(instance, "Task_DecideAdmission")).hasCandidateGroup(DemoOrganisation.STANDING_COMMITTEE + ".member");
        assertThat(admin.get("/api/admin/units/" + commune + "/functions").json().get("authorisedToAdmit").asBoolean()).isFalse();

        Response authorised = admin.putJson("/api/admin/units/" + commune + "/authorised-to-admit", Map.of("authorised", true));
        assertThat(authorised.status()).isEqualTo(200);
        assertThat(authorised.json().get("authorisedToAdmit").asBoolean()).isTrue();
        assertThat(authorised.json().get("functions").toString()).contains("ADMISSION_DECISION", "OVERSIGHT");
        assertThat(candidateGroups(path.task(instance, "Task_DecideAdmission"))).containsExactly(commune + ".committee");
        assertThat(functionsShown(commune)).startsWith("Được ủy quyền kết nạp đảng viên.").contains("Quyết định kết nạp, công nhận đảng viên chính thức");

        admin.putJson("/api/admin/units/" + commune + "/authorised-to-admit", Map.of("authorised", false));
        assertThat(candidateGroups(path.task(instance, "Task_DecideAdmission")))
                .containsExactly(DemoOrganisation.STANDING_COMMITTEE + ".member");
        assertThat(functionsShown(commune)).startsWith("Chưa được ủy quyền kết nạp");
        assertThat(HttpTestClient.basic(port, "ubkt.kiemtra").get("/api/audit/search?action=UNIT_FUNCTIONS_CHANGED&unit=" + commune)
                .json().get("entries").findValuesAsText("outcome")).containsExactlyInAnyOrder("NOT_AUTHORISED", "AUTHORISED");
        assertThat(admin.get("/api/admin/units/" + commune + "/functions").json().get("authorisedToAdmit").asBoolean()).isFalse();
    }

    @Test
    void only_a_grassroots_committee_can_be_authorised_and_only_by_an_administrator() {
        HttpTestClient admin = HttpTestClient.basic(port, "quantri");
        Response branch = admin.putJson("/api/admin/units/" + DemoOrganisation.BRANCH_EAST + "/authorised-to-admit",
                Map.of("authorised", true));
        assertThat(branch.status()).isEqualTo(400);
        assertThat(branch.json().get("field").asText()).isEqualTo("id");
        assertThat(branch.json().get("detail").asText()).contains("Chỉ đảng ủy cơ sở");

        Response undecided = admin.putJson("/api/admin/units/" + DemoOrganisation.GRASSROOTS + "/authorised-to-admit", Map.of());
        assertThat(undecided.status()).isEqualTo(400);
        assertThat(undecided.json().get("field").asText()).isEqualTo("authorised");

        Response boardDecides = admin.putJson("/api/admin/units/" + DemoOrganisation.POLITICAL_CENTRE + "/functions",
                Map.of("functions", List.of("ADMISSION_DECISION")));
        assertThat(boardDecides.status()).isEqualTo(400);
        assertThat(boardDecides.json().get("field").asText()).isEqualTo("functions");

        assertThat(HttpTestClient.basic(port, "danguy.anhoa1").putJson("/api/admin/units/" + DemoOrganisation.GRASSROOTS
                + "/authorised-to-admit", Map.of("authorised", true)).status()).isEqualTo(403);
        assertThat(admin.get("/api/admin/units/" + DemoOrganisation.GRASSROOTS + "/functions").json()
                .get("authorisedToAdmit").asBoolean()).isFalse();
        assertThat(admin.get("/api/admin/units/" + DemoOrganisation.AUTHORISED_GRASSROOTS + "/functions").json()
                .get("authorisedToAdmit").asBoolean()).isTrue();
    }

    /** The "Nhiệm vụ trong quy trình" cell of a unit's row on the administrators' page. */
    private String functionsShown(String unitId) {
        String page = HttpTestClient.loggedIn(port, "quantri").get("/admin/units").body();
        return HtmlTables.row(page, "units", unitId).get(4);
    }

    private List<String> candidateGroups(Task task) {
        return tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).toList();
    }

    private static String create(HttpTestClient admin, String prefix, String kind, String name, String parentId) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Response created = admin.postJson("/api/admin/units", Map.of("id", id, "kind", kind, "name", name, "parentId", parentId));
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return id;
    }
}
