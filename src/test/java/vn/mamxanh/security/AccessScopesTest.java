package vn.mamxanh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.security.scope.AccessScopes;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.MamXanhTest;

/**
 * Issue 9: one access-scope service answers "who may read this case" for every route. On the demo's
 * two-level tree, each person's answer from {@link AccessScopes} is what the case page, the app API,
 * the engine (whose per-instance grants come from {@link AccessScopes#readersOf}) and, for auditors,
 * the audit journal answer, case by case (DOMAIN.md §4).
 */
@MamXanhTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessScopesTest {

    @LocalServerPort
    int port;
    @Autowired
    AccessScopes scopes;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    IdentityService identity;

    /** case label → case id: one case in each of the demo's four branches, and one in a tree of its own. */
    private final Map<String, String> cases = new LinkedHashMap<>();

    /** What each person should read, as the regulation's table of roles says. */
    private static final Map<String, Set<String>> READS = new LinkedHashMap<>();

    static {
        Set<String> province = Set.of("dong", "tay", "phu", "thuan");
        READS.put("bithu.dong", Set.of("dong"));
        READS.put("chiuy.tay", Set.of("tay"));
        READS.put("bithu.phu", Set.of("phu"));
        READS.put("danguy.anhoa1", Set.of("dong", "tay"));
        READS.put("danguy.mytra1", Set.of("phu", "thuan"));
        READS.put("bxd.mytra", Set.of("phu", "thuan"));
        READS.put("doan.anhoa", Set.of("dong"));
        READS.put("doan.mytra", Set.of("phu"));
        READS.put("ttct.canbo", province);
        READS.put("btc.chuyenvien", province);
        READS.put("btv.uyvien", province);
        READS.put("ubkt.kiemtra", province);
        READS.put("btctw.chuyenvien", province);
        READS.put("tinhuy.uyvien", Set.of());
    }

    @BeforeAll
    void openCases() {
        AccessFixtures fixtures = new AccessFixtures(caseRepository, repository, runtime, taskService);
        HttpTestClient admin = HttpTestClient.basic(port, "quantri");
        String farProvince = AccessFixtures.newUnit(admin, "tu-xa", "PROVINCE", "Tỉnh ủy Xa", null);
        String farCommune = AccessFixtures.newUnit(admin, "du-xa", "GRASSROOTS", "Đảng ủy xã Xa", farProvince);
        String farBranch = AccessFixtures.newUnit(admin, "cb-xa", "BRANCH", "Chi bộ ấp Xa", farCommune);
        cases.put("dong", fixtures.openCase(DemoOrganisation.BRANCH_EAST, DemoOrganisation.YOUTH_UNION));
        cases.put("tay", fixtures.openCase(DemoOrganisation.BRANCH_WEST, null));
        cases.put("phu", fixtures.openCase(DemoOrganisation.WARD_BRANCH_EAST, DemoOrganisation.WARD_YOUTH_UNION));
        cases.put("thuan", fixtures.openCase(DemoOrganisation.WARD_BRANCH_WEST, null));
        cases.put("far", fixtures.openCase(farBranch, null));
    }

    @Test
    void every_route_answers_who_reads_a_case_as_the_one_scope_service_does() {
        List<String> disagreements = new ArrayList<>();
        for (Map.Entry<String, Set<String>> person : READS.entrySet()) {
            String user = person.getKey();
            HttpTestClient api = HttpTestClient.basic(port, user);
            HttpTestClient pages = HttpTestClient.loggedIn(port, user);
            Set<String> groups = Set.copyOf(identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList());
            boolean auditor = user.equals("ubkt.kiemtra");
            for (Map.Entry<String, String> c : cases.entrySet()) {
                String caseId = c.getValue();
                boolean expected = person.getValue().contains(c.getKey());
                String where = user + " × " + c.getKey() + ": ";
                check(disagreements, where + "scope service", scopes.of(user).canRead(caseRepository.get(caseId)), expected);
                check(disagreements, where + "engine grants", scopes.readersOf(caseRepository.get(caseId)).stream()
                        .anyMatch(groups::contains), expected);
                check(disagreements, where + "app API", api.get("/api/cases/" + caseId).status() == 200, expected);
                check(disagreements, where + "case page", pages.get("/cases/" + caseId).status() == 200, expected);
                check(disagreements, where + "engine history", api.get("/engine-rest/history/process-instance?processInstanceBusinessKey="
                        + caseId).json().size() > 0, expected);
                if (auditor) {
                    check(disagreements, where + "audit journal", api.get("/api/audit/cases/" + caseId).status() == 200, expected);
                }
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void the_auditor_reads_everything_below_the_province_committee_their_commission_belongs_to() {
        var scope = scopes.auditorScope("ubkt.kiemtra").orElseThrow();
        assertThat(scope.roots()).containsExactly(DemoOrganisation.PROVINCE);
        assertThat(scope.units()).contains(DemoOrganisation.BRANCH_EAST, DemoOrganisation.WARD_BRANCH_WEST,
                DemoOrganisation.AUTHORISED_PARTY_BUILDING_BOARD).doesNotContain(DemoOrganisation.CENTRAL);
        assertThat(scopes.auditorScope("btv.uyvien")).isEmpty();
    }

    private static void check(List<String> disagreements, String what, boolean actual, boolean expected) {
        if (actual != expected) {
            disagreements.add(what + (expected ? " should read but does not" : " reads but should not"));
        }
    }
}
