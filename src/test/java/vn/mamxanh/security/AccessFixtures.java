package vn.mamxanh.security;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.candidate.EducationLevel;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.TestModels;

/**
 * Cases for access tests. They run on a small test model of their own, routed with
 * {@code caseRouting} like the real ones, so these tests hold whatever the path models look like:
 * access is granted from the case's branch, never from a model's steps.
 */
final class AccessFixtures {

    static final String PROCESS = "access-check";
    static final String BRANCH_STEP = "Task_BranchStep";
    static final String GRASSROOTS_STEP = "Task_GrassrootsStep";

    private final CaseRepository cases;
    private final RuntimeService runtime;
    private final TaskService tasks;

    AccessFixtures(CaseRepository cases, RepositoryService repository, RuntimeService runtime, TaskService tasks) {
        this.cases = cases;
        this.runtime = runtime;
        this.tasks = tasks;
        TestModels.deployOnce(repository, model());
    }

    private static BpmnModelInstance model() {
        return Bpmn.createExecutableProcess(PROCESS).name("Kiểm tra phân quyền")
                .camundaHistoryTimeToLive(1)
                .startEvent()
                .parallelGateway("Gateway_Fork")
                .userTask(BRANCH_STEP).name("Việc của chi bộ").camundaCandidateGroups("${caseRouting.secretaries(execution)}")
                .endEvent()
                .moveToNode("Gateway_Fork")
                .userTask(GRASSROOTS_STEP).name("Việc của đảng ủy cơ sở")
                .camundaCandidateGroups("${caseRouting.grassrootsCommittee(execution)}")
                .endEvent()
                .done();
    }

    /** A case in a branch, with its process running and a task open for the branch and one for its grassroots committee. */
    String openCase(String branchId, String introducedByUnitId) {
        String id = "HS-AC-" + UUID.randomUUID().toString().substring(0, 12);
        String idNumber = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000L, 999_999_999_999L));
        cases.insert(new CandidateCase(id, "Nguyễn Thị Kiểm Tra", LocalDate.of(1998, 4, 12), "NU", idNumber, "Kinh",
                "Không", EducationLevel.UPPER_SECONDARY, "Giáo viên", "Thôn Đông, xã An Hòa", branchId,
                introducedByUnitId, null, true, CaseStage.SOURCE_POOL, CaseStatus.OPEN, false, null, null, null,
                Instant.now()));
        runtime.startProcessInstanceByKey(PROCESS, id, Map.of("caseId", id));
        return id;
    }

    String processInstanceOf(String caseId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(caseId).singleResult().getId();
    }

    Task task(String caseId, String step) {
        return tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(step).singleResult();
    }

    /** A person created through the administrators' API, so identity sync is exercised as in real use. */
    static String newPerson(HttpTestClient admin, String prefix, String branchId) {
        String id = prefix + "." + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> person = new java.util.HashMap<>();
        person.put("id", id);
        person.put("fullName", "Trần Văn Thử");
        person.put("branchId", branchId);
        person.put("membership", "OFFICIAL");
        person.put("memberSince", "2015-05-19");
        person.put("password", HttpTestClient.DEMO_PASSWORD);
        var created = admin.postJson("/api/admin/people", person);
        if (created.status() != 201) {
            throw new IllegalStateException("person not created: " + created.body());
        }
        return id;
    }

    static void grantRole(HttpTestClient admin, String personId, String unitId, String role) {
        var granted = admin.postJson("/api/admin/people/" + personId + "/roles", Map.of("unitId", unitId, "role", role));
        if (granted.status() != 201) {
            throw new IllegalStateException("role not granted: " + granted.body());
        }
    }

    static String newUnit(HttpTestClient admin, String prefix, String kind, String name, String parentId) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, Object> unit = new java.util.HashMap<>();
        unit.put("id", id);
        unit.put("kind", kind);
        unit.put("name", name);
        unit.put("parentId", parentId);
        var created = admin.postJson("/api/admin/units", unit);
        if (created.status() != 201) {
            throw new IllegalStateException("unit not created: " + created.body());
        }
        return id;
    }
}
