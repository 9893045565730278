package vn.mamxanh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.MamXanhTest;

/** Moving a branch or a member re-routes the open work of the cases concerned, and read access with it. */
@MamXanhTest
class ReroutingTest {

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
    private HttpTestClient admin;

    @BeforeEach
    void setUp() {
        fixtures = new AccessFixtures(caseRepository, repository, runtime, taskService);
        admin = HttpTestClient.basic(port, "quantri");
    }

    @Test
    void moving_a_branch_to_another_grassroots_committee_hands_its_open_tasks_and_history_to_the_new_committee() {
        String oldCommittee = AccessFixtures.newUnit(admin, "du-cu", "GRASSROOTS", "Đảng ủy xã Cũ", "tu-dong-thap");
        String newCommittee = AccessFixtures.newUnit(admin, "du-moi", "GRASSROOTS", "Đảng ủy xã Mới", "tu-dong-thap");
        String branch = AccessFixtures.newUnit(admin, "cb-giua", "BRANCH", "Chi bộ thôn Giữa", oldCommittee);
        String oldMember = AccessFixtures.newPerson(admin, "danguy.cu", branch);
        AccessFixtures.grantRole(admin, oldMember, oldCommittee, "GRASSROOTS_COMMITTEE");
        String newMember = AccessFixtures.newPerson(admin, "danguy.moi", null);
        AccessFixtures.grantRole(admin, newMember, newCommittee, "GRASSROOTS_COMMITTEE");
        String secretary = AccessFixtures.newPerson(admin, "bithu.giua", branch);
        AccessFixtures.grantRole(admin, secretary, branch, "SECRETARY");
        String caseId = fixtures.openCase(branch, null);
        Task committeeTask = fixtures.task(caseId, AccessFixtures.GRASSROOTS_STEP);
        HttpTestClient oldCommitteeMember = HttpTestClient.basic(port, oldMember);
        HttpTestClient newCommitteeMember = HttpTestClient.basic(port, newMember);
        String committeeTasks = "/engine-rest/task?taskDefinitionKey=" + AccessFixtures.GRASSROOTS_STEP
                + "&processInstanceBusinessKey=" + caseId;
        String committeeWork = committeeTasks + "&candidateGroup=";
        assertThat(oldCommitteeMember.get(committeeTasks).json()).hasSize(1);
        assertThat(oldCommitteeMember.get(committeeWork + oldCommittee + ".committee").json()).hasSize(1);
        assertThat(newCommitteeMember.get(committeeTasks).json()).isEmpty();

        assertThat(admin.putJson("/api/admin/units/" + branch + "/parent", Map.of("parentId", newCommittee)).status()).isEqualTo(200);

        assertThat(taskService.getIdentityLinksForTask(committeeTask.getId())).extracting(IdentityLink::getGroupId)
                .containsExactly(newCommittee + ".committee");
        assertThat(newCommitteeMember.get(committeeWork + newCommittee + ".committee").json())
                .extracting(node -> node.get("id").asText()).containsExactly(committeeTask.getId());
        assertThat(newCommitteeMember.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseId).json()).hasSize(1);
        assertThat(newCommitteeMember.get("/api/cases/" + caseId).status()).isEqualTo(200);

        assertThat(oldCommitteeMember.get("/engine-rest/task?processInstanceBusinessKey=" + caseId).json()).isEmpty();
        assertThat(oldCommitteeMember.get("/engine-rest/task/" + committeeTask.getId()).status()).isEqualTo(404);
        assertThat(oldCommitteeMember.get("/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseId).json()).isEmpty();
        assertThat(oldCommitteeMember.get("/engine-rest/history/task?processInstanceBusinessKey=" + caseId).json()).isEmpty();
        assertThat(oldCommitteeMember.get("/api/cases/" + caseId).status()).isEqualTo(404);
        assertThat(oldCommitteeMember.postJson("/engine-rest/task/" + committeeTask.getId() + "/claim",
                Map.of("userId", oldMember)).status()).isEqualTo(403);

        assertThat(newCommitteeMember.postJson("/engine-rest/task/" + committeeTask.getId() + "/claim",
                Map.of("userId", newMember)).status()).isEqualTo(204);
        // the branch's own step stays with the branch
        assertThat(HttpTestClient.basic(port, secretary).get("/engine-rest/task?processInstanceBusinessKey=" + caseId).json())
                .extracting(node -> node.get("taskDefinitionKey").asText()).contains(AccessFixtures.BRANCH_STEP);
    }

    @Test
    void a_mentor_who_moves_to_another_branch_hands_the_case_back_to_the_old_branch_secretary() {
        String mentor = AccessFixtures.newPerson(admin, "giupdo.chuyen", "cb-thon-dong");
        String caseId = fixtures.openCase("cb-thon-dong", null);
        Task mentorTask = fixtures.task(caseId, AccessFixtures.BRANCH_STEP);
        taskService.setAssignee(mentorTask.getId(), mentor);
        taskService.deleteCandidateGroup(mentorTask.getId(), "cb-thon-dong.secretary");
        HttpTestClient mentorApi = HttpTestClient.basic(port, mentor);
        assertThat(mentorApi.get("/api/cases/" + caseId).status()).isEqualTo(200);
        assertThat(mentorApi.get("/engine-rest/task/" + mentorTask.getId()).status()).isEqualTo(200);

        assertThat(admin.putJson("/api/admin/people/" + mentor + "/branch", Map.of("branchId", "cb-thon-tay")).status())
                .isEqualTo(200);

        Task handedBack = taskService.createTaskQuery().taskId(mentorTask.getId()).singleResult();
        assertThat(handedBack.getAssignee()).isNull();
        assertThat(taskService.getIdentityLinksForTask(mentorTask.getId())).extracting(IdentityLink::getGroupId)
                .contains("cb-thon-dong.secretary");
        assertThat(mentorApi.get("/api/cases/" + caseId).status()).isEqualTo(404);
        assertThat(mentorApi.get("/engine-rest/task/" + mentorTask.getId()).status()).isEqualTo(404);
        assertThat(mentorApi.postJson("/engine-rest/task/" + mentorTask.getId() + "/complete", Map.of("variables", Map.of()))
                .status()).isEqualTo(403);
        assertThat(HttpTestClient.basic(port, "bithu.dong").postJson("/engine-rest/task/" + mentorTask.getId() + "/claim",
                Map.of("userId", "bithu.dong")).status()).isEqualTo(204);
    }

    @Test
    void a_secretary_who_moves_away_loses_the_post_and_the_tasks_claimed_for_the_old_branch() {
        String branch = AccessFixtures.newUnit(admin, "cb-ben", "BRANCH", "Chi bộ thôn Bến", "du-an-hoa");
        String secretary = AccessFixtures.newPerson(admin, "bithu.ben", branch);
        AccessFixtures.grantRole(admin, secretary, branch, "SECRETARY");
        String caseId = fixtures.openCase(branch, null);
        Task task = fixtures.task(caseId, AccessFixtures.BRANCH_STEP);
        HttpTestClient secretaryApi = HttpTestClient.basic(port, secretary);
        assertThat(secretaryApi.postJson("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", secretary)).status())
                .isEqualTo(204);

        assertThat(admin.putJson("/api/admin/people/" + secretary + "/branch", Map.of("branchId", "cb-thon-tay")).status())
                .isEqualTo(200);

        assertThat(admin.get("/api/admin/people/" + secretary + "/roles").json()).isEmpty();
        assertThat(taskService.createTaskQuery().taskId(task.getId()).singleResult().getAssignee()).isNull();
        assertThat(secretaryApi.get("/engine-rest/task/" + task.getId()).status()).isEqualTo(404);
        assertThat(secretaryApi.postJson("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", Map.of()))
                .status()).isEqualTo(403);
    }
}
