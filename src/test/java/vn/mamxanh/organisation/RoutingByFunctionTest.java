package vn.mamxanh.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static vn.mamxanh.testing.DecisionPath.appraisal;
import static vn.mamxanh.testing.DecisionPath.grassrootsVote;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumSet;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.testing.CaseFixtures;
import vn.mamxanh.testing.DecisionPath;
import vn.mamxanh.testing.MamXanhTest;

/**
 * Issue 9: every routed step walks up from the branch to the nearest unit holding its function, so the
 * same models serve today's two-level tree, the older three-level one and any other depth; a late
 * body is chased by the next level up, never by a body of its own level (DOMAIN.md §1).
 */
@MamXanhTest
class RoutingByFunctionTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    OrganisationRepository organisation;
    @Autowired
    OrganisationDirectory directory;
    @Autowired
    CaseRepository cases;
    @Autowired
    RuntimeService runtime;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IdentitySync identity;

    /** A province with its bodies, a district with its own, a commune committee and a branch: the tree before July 2025. */
    record ThreeLevels(Unit province, Unit provinceStanding, Unit district, Unit districtCentre, Unit districtBoard,
                       Unit districtStanding, Unit grassroots, Unit branch) {
    }

    ThreeLevels threeLevels() {
        CaseFixtures fixtures = new CaseFixtures(cases, organisation, runtime, jdbc);
        Unit province = fixtures.unit("tu-cu", UnitKind.PROVINCE, "Tỉnh ủy (cây ba cấp)", null);
        fixtures.unit("ttct-tinh", UnitKind.POLITICAL_CENTRE, "Trường Chính trị tỉnh", province.id());
        Unit provinceStanding = fixtures.unit("btv-tinh", UnitKind.STANDING_COMMITTEE, "Ban Thường vụ Tỉnh ủy", province.id());
        Unit district = fixtures.unit("hu-cu", UnitKind.DISTRICT, "Huyện ủy (trước 2025)", province.id());
        Unit centre = fixtures.unit("ttct-huyen", UnitKind.POLITICAL_CENTRE, "Trung tâm Chính trị huyện", district.id());
        Unit board = fixtures.unit("btc-huyen", UnitKind.ORGANISATION_BOARD, "Ban Tổ chức Huyện ủy", district.id());
        Unit standing = fixtures.unit("btv-huyen", UnitKind.STANDING_COMMITTEE, "Ban Thường vụ Huyện ủy", district.id());
        Unit grassroots = fixtures.unit("du-xa", UnitKind.GRASSROOTS, "Đảng ủy xã (cây ba cấp)", district.id());
        Unit branch = fixtures.unit("cb-ap", UnitKind.BRANCH, "Chi bộ ấp (cây ba cấp)", grassroots.id());
        return new ThreeLevels(province, provinceStanding, district, centre, board, standing, grassroots, branch);
    }

    @Test
    void in_a_three_level_tree_the_district_appraises_and_decides_and_a_late_district_is_chased_by_the_province() {
        ThreeLevels tree = threeLevels();

        CompetentCommittee competent = directory.competentCommittee(tree.branch().id());
        assertThat(competent.decides()).isEqualTo(tree.districtStanding());
        assertThat(competent.appraises()).isEqualTo(tree.districtBoard());
        // The district's centre is nearer than the province's school.
        assertThat(directory.requireHolder(tree.branch().id(), UnitFunction.CLASSES)).isEqualTo(tree.districtCentre());
        assertThat(directory.requireHolderAbove(tree.branch().id(), UnitFunction.OVERSIGHT)).isEqualTo(tree.grassroots());
        assertThat(directory.requireHolderAbove(tree.grassroots().id(), UnitFunction.OVERSIGHT)).isEqualTo(tree.districtStanding());
        assertThat(directory.requireHolderAbove(tree.districtStanding().id(), UnitFunction.OVERSIGHT))
                .isEqualTo(tree.provinceStanding());

        // The real models on the engine: every step of the decision process opens for the district's bodies.
        DecisionPath path = new DecisionPath(context);
        DecisionPath.today(LocalDate.of(2026, 3, 2));
        String caseId = path.newCaseIn(tree.branch().id(), DemoOrganisation.YOUTH_UNION, "doan.anhoa");
        ProcessInstance instance = path.startAdmissionDecision(caseId);
        assertThat(path.task(instance, "Task_RecordGrassrootsVote")).hasCandidateGroup(tree.grassroots().id() + ".committee");
        String member = person("dy", tree.branch().id(), tree.grassroots().id(), Role.GRASSROOTS_COMMITTEE);
        path.complete(instance, "Task_RecordGrassrootsVote", member, grassrootsVote(1, 0, true, null));
        assertThat(path.task(instance, "Task_AppraiseDossier")).hasCandidateGroup(tree.districtBoard().id() + ".member");
        path.complete(instance, "Task_AppraiseDossier",
                person("btc", null, tree.districtBoard().id(), Role.ORGANISATION_BOARD_MEMBER), appraisal());
        assertThat(path.task(instance, "Task_DecideAdmission")).hasCandidateGroup(tree.districtStanding().id() + ".member");

        DecisionPath.at(LocalDate.of(2026, 12, 30), LocalTime.NOON);
        assertThat(path.runDueTimers(instance)).isGreaterThanOrEqualTo(1);
        assertThat(path.task(instance, "Task_ChaseAdmissionDecision"))
                .hasCandidateGroup(tree.provinceStanding().id() + ".member");
    }

    /** Someone holding a role, in the app's tables and in the engine's groups, as an administrator would add them. */
    private String person(String prefix, String branchId, String unitId, Role role) {
        String id = CaseFixtures.unique(prefix);
        Person person = new Person(id, "Người thử " + id, null, branchId, Membership.OFFICIAL, LocalDate.of(2001, 1, 1));
        organisation.insert(person);
        identity.createUser(person, "MamXanh@2026");
        RoleAssignment assignment = new RoleAssignment(id, unitId, role);
        organisation.insert(assignment);
        identity.grantRole(assignment);
        return id;
    }

    @Test
    void a_grassroots_committee_under_the_province_decides_itself_once_authorised_and_appraises_itself_without_a_board() {
        CaseFixtures fixtures = new CaseFixtures(cases, organisation, runtime, jdbc);
        Unit province = fixtures.unit("tu-moi", UnitKind.PROVINCE, "Tỉnh ủy (cây hai cấp)", null);
        Unit board = fixtures.unit("btc-tinh", UnitKind.ORGANISATION_BOARD, "Ban Tổ chức Tỉnh ủy", province.id());
        Unit standing = fixtures.unit("btv-tinh", UnitKind.STANDING_COMMITTEE, "Ban Thường vụ Tỉnh ủy", province.id());
        Unit commune = fixtures.unit("du-xa", UnitKind.GRASSROOTS, "Đảng ủy xã (hai cấp)", province.id());
        Unit branch = fixtures.unit("cb-ap", UnitKind.BRANCH, "Chi bộ ấp (hai cấp)", commune.id());

        CompetentCommittee before = directory.competentCommittee(branch.id());
        assertThat(before.decides()).isEqualTo(standing);
        assertThat(before.appraises()).isEqualTo(board);
        assertThat(before.wholeCommitteeDecides()).isFalse();

        organisation.setFunctions(commune.id(), EnumSet.of(UnitFunction.OVERSIGHT, UnitFunction.ADMISSION_DECISION));
        CompetentCommittee authorised = directory.competentCommittee(branch.id());
        assertThat(authorised.decides()).isEqualTo(commune);
        assertThat(authorised.appraises()).isEqualTo(commune);
        assertThat(authorised.wholeCommitteeDecides()).isTrue();
        assertThat(authorised.decidingGroup()).isEqualTo(commune.id() + ".committee");
        // Its late decision goes to the real next level up, the province's standing committee.
        assertThat(directory.requireHolderAbove(commune.id(), UnitFunction.OVERSIGHT)).isEqualTo(standing);
    }

    @Test
    void the_top_of_a_tree_has_no_level_above_to_chase_it_and_says_so_rather_than_chasing_itself() {
        CaseFixtures fixtures = new CaseFixtures(cases, organisation, runtime, jdbc);
        Unit province = fixtures.unit("tu-don", UnitKind.PROVINCE, "Tỉnh ủy (không có cấp trên)", null);
        Unit standing = fixtures.unit("btv-tinh", UnitKind.STANDING_COMMITTEE, "Ban Thường vụ Tỉnh ủy", province.id());

        assertThat(directory.nearestHolderAbove(standing.id(), UnitFunction.OVERSIGHT)).isEmpty();
        assertThatThrownBy(() -> directory.requireHolderAbove(standing.id(), UnitFunction.OVERSIGHT))
                .hasMessageContaining("OVERSIGHT");
    }
}
