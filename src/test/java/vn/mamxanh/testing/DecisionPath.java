package vn.mamxanh.testing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.candidate.EducationLevel;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.probation.CeremonyRepository;
import vn.mamxanh.resolution.BranchVotes;
import vn.mamxanh.resolution.ResolutionVariables;
import vn.mamxanh.testing.HttpTestClient.Response;

/**
 * Drives stages 8-12 for tests: cases at the point where the branch has passed its resolution,
 * the engine's clock set to a day in Vietnam, each step completed as the demo user who owns it,
 * and due timers run by hand (the job executor is off in tests).
 */
public final class DecisionPath {

    public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RuntimeService runtime;
    private final TaskService tasks;
    private final ManagementService management;
    private final IdentityService identity;
    private final CaseRepository cases;
    private final CeremonyRepository ceremonies;
    private final HistoryService history;
    private final BranchVotes branchVotes;

    public DecisionPath(ApplicationContext context) {
        this.runtime = context.getBean(RuntimeService.class);
        this.tasks = context.getBean(TaskService.class);
        this.management = context.getBean(ManagementService.class);
        this.identity = context.getBean(IdentityService.class);
        this.cases = context.getBean(CaseRepository.class);
        this.ceremonies = context.getBean(CeremonyRepository.class);
        this.history = context.getBean(HistoryService.class);
        this.branchVotes = context.getBean(BranchVotes.class);
    }

    /** Sets the engine's clock to a working hour of the given day in Vietnam. */
    public static void today(LocalDate day) {
        at(day, LocalTime.of(9, 0));
    }

    public static void at(LocalDate day, LocalTime time) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(time).atZone(VIETNAM).toInstant()));
    }

    public static LocalDate today() {
        return ClockUtil.getCurrentTime().toInstant().atZone(VIETNAM).toLocalDate();
    }

    /**
     * A case of the east village branch whose branch resolution passed today (end of stage 7): the
     * meeting's date is where R09 counts the admission decision's deadline from.
     */
    public String newCase() {
        return newCaseIn(DemoOrganisation.BRANCH_EAST, DemoOrganisation.YOUTH_UNION, "doan.anhoa");
    }

    /** The same, in another branch, introduced by that branch's mass organisation. */
    public String newCaseIn(String branchId, String introducedByUnitId, String introducedBy) {
        String id = newCaseWithoutResolution(branchId, introducedByUnitId, introducedBy);
        branchVotes.record(id, ResolutionVariables.BranchVoteOutcome.PASSED, today(), 6, 6, 6, "bithu.dong");
        return id;
    }

    private String newCaseWithoutResolution(String branchId, String introducedByUnitId, String introducedBy) {
        String id = cases.nextId();
        cases.insert(new CandidateCase(id, "Nguyễn Thị Hạnh", LocalDate.of(1998, 4, 12), "Nữ",
                "0" + (10_000_000_000L + Math.abs(id.hashCode())), "Kinh", "Không", EducationLevel.UPPER_SECONDARY,
                "Giáo viên", "Thôn Đông, xã An Hòa", branchId, introducedByUnitId,
                introducedBy, true, CaseStage.BRANCH_RESOLUTION, CaseStatus.OPEN, false, null, null, null,
                Instant.now()));
        return id;
    }

    public ProcessInstance startAdmissionDecision(String caseId) {
        return runtime.startProcessInstanceByKey("admission-decision", caseId, Map.of("caseId", caseId));
    }

    /** A probationary member whose ceremony was held on the given day, with the mentor passed in. */
    public ProcessInstance startProbation(String caseId, LocalDate ceremonyDate) {
        ceremonies.add(caseId, ceremonyDate, "Hội trường thôn Đông", "bithu.dong", Instant.now());
        cases.changeStatus(caseId, CaseStatus.PROBATIONARY);
        return runtime.startProcessInstanceByKey("probation", caseId, Map.of("caseId", caseId, "mentorId", "dangvien.dong1"));
    }

    /** The case's running instance of a process, e.g. the admission-decision its main process called. */
    public ProcessInstance instance(String processKey, String caseId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(processKey).processInstanceBusinessKey(caseId)
                .singleResult();
    }

    public Task task(ProcessInstance instance, String taskKey) {
        return tasks.createTaskQuery().processInstanceId(instance.getId()).taskDefinitionKey(taskKey).singleResult();
    }

    /** Completes a step through the engine as the person, as Tasklist would. */
    public void complete(ProcessInstance instance, String taskKey, String user, Map<String, Object> form) {
        Task task = task(instance, taskKey);
        if (task == null) {
            throw new IllegalStateException("No open task " + taskKey + " in " + instance.getId());
        }
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            tasks.complete(task.getId(), new HashMap<>(form));
        } finally {
            identity.clearAuthentication();
        }
    }

    /** Completes a step over the engine REST API as the person, the way any client does. */
    public Response completeOverHttp(int port, String user, ProcessInstance instance, String taskKey, Map<String, Object> form) {
        Task task = task(instance, taskKey);
        if (task == null) {
            throw new IllegalStateException("No open task " + taskKey + " in " + instance.getId());
        }
        Map<String, Object> variables = new HashMap<>();
        form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return HttpTestClient.basic(port, user).postJson("/engine-rest/task/" + task.getId() + "/complete",
                Map.of("variables", variables));
    }

    /**
     * As a person would: finds the case's open step in the person's own task list over HTTP and
     * completes it. Returns the completion's answer; the step must be visible to the person.
     */
    public static Response completeAs(int port, String user, String caseId, String taskKey, Map<String, Object> form) {
        HttpTestClient client = HttpTestClient.basic(port, user);
        Response list = client.get("/engine-rest/task?processInstanceBusinessKey=" + caseId + "&taskDefinitionKey=" + taskKey);
        if (list.status() != 200 || list.json().size() != 1) {
            throw new AssertionError(user + " does not see " + taskKey + " of " + caseId + ": " + list.status() + " " + list.body());
        }
        String taskId = list.json().get(0).get("id").asText();
        // The step's Camunda Form, as Tasklist shows it, asks for every field the person sends.
        Response deployedForm = client.get("/engine-rest/task/" + taskId + "/deployed-form");
        if (deployedForm.status() != 200) {
            throw new AssertionError(taskKey + " has no deployed form: " + deployedForm.status() + " " + deployedForm.body());
        }
        List<String> asked = deployedForm.json().findValuesAsText("key");
        form.keySet().stream().filter(field -> !asked.contains(field)).findFirst().ifPresent(field -> {
            throw new AssertionError("The form of " + taskKey + " does not ask for " + field + "; it asks for " + asked);
        });
        Map<String, Object> variables = new HashMap<>();
        form.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return client.postJson("/engine-rest/task/" + taskId + "/complete", Map.of("variables", variables));
    }

    /** The task keys of the case's open steps that a person sees in their list. */
    /**
     * The open steps of a case a person may act on (candidate or assignee), as Tasklist's "my work" shows them.
     * Bodies that only read the case (district bodies, auditors) see its tasks but have none to act on.
     */
    public static List<String> stepsToActOn(int port, String user, String caseId) {
        Response list = HttpTestClient.basic(port, user).get("/engine-rest/task?processInstanceBusinessKey=" + caseId
                + "&candidateUser=" + user + "&includeAssignedTasks=true");
        return java.util.stream.StreamSupport.stream(list.json().spliterator(), false)
                .map(task -> task.get("taskDefinitionKey").asText()).toList();
    }

    /** A variable the process handed back to its caller (e.g. {@code admitted}, {@code recognised}). */
    public Object outVariable(ProcessInstance instance, String name) {
        return history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).variableName(name)
                .singleResult().getValue();
    }

    /** Runs the timers that are due on the engine's clock; returns how many ran. */
    public int runDueTimers(ProcessInstance instance) {
        List<Job> due = management.createJobQuery().processInstanceId(instance.getId()).timers()
                .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1)).list();
        due.forEach(job -> management.executeJob(job.getId()));
        return due.size();
    }

    // The forms as the owners fill them in, correctly; tests change one field to break a rule.

    public static Map<String, Object> grassrootsVote(int inFavour, int against, boolean recommends, String reason) {
        Map<String, Object> form = new HashMap<>(Map.of("resolutionNumber", "15-NQ/ĐU", "meetingDate", today().toString(),
                "inFavour", inFavour, "against", against, "recommends", recommends));
        if (reason != null) {
            form.put("reason", reason);
        }
        return form;
    }

    public static Map<String, Object> appraisal() {
        return new HashMap<>(Map.of("appraisedOn", today().toString(), "eligible", "true",
                "opinion", "Hồ sơ đầy đủ, đúng quy trình; đủ điều kiện kết nạp."));
    }

    public static Map<String, Object> admissionDecision(boolean admit, LocalDate decisionDate) {
        Map<String, Object> form = new HashMap<>(Map.of("admit", admit, "decisionDate", decisionDate.toString(),
                "signer", "Hà Văn Vinh"));
        if (admit) {
            form.put("decisionNumber", "241-QĐ/TU");
        } else {
            form.put("reason", "Chưa đủ tiêu chuẩn về nhận thức chính trị.");
        }
        return form;
    }

    public static Map<String, Object> ceremony(LocalDate day) {
        return new HashMap<>(Map.of("ceremonyDate", day.toString(), "place", "Hội trường thôn Đông"));
    }

    public static Map<String, Object> courseCertificate() {
        return new HashMap<>(Map.of("certificateNumber", "CN-2026-118", "issuedOn", today().toString(),
                "issuedBy", "Trường Chính trị tỉnh Đồng Tháp"));
    }

    public static Map<String, Object> mentorEvaluation() {
        return new HashMap<>(Map.of("evaluatedOn", today().toString(), "evaluation", "Gương mẫu, hoàn thành tốt nhiệm vụ."));
    }

    public static Map<String, Object> selfCritique() {
        return new HashMap<>(Map.of("submittedOn", today().toString(), "summary", "Tự đánh giá hoàn thành tốt nhiệm vụ."));
    }

    public static Map<String, Object> communityComments() {
        return new HashMap<>(Map.of("receivedOn", today().toString(), "massOrganisationComment", "Đoàn xã nhận xét tốt.",
                "residenceComment", "Chi ủy nơi cư trú nhận xét gương mẫu."));
    }

    public static Map<String, Object> recognitionVote(int inFavour, int against, boolean recommends, String reason) {
        Map<String, Object> form = new HashMap<>(Map.of("meetingDate", today().toString(), "inFavour", inFavour,
                "against", against, "recommends", recommends));
        if (reason != null) {
            form.put("reason", reason);
        }
        return form;
    }

    public static Map<String, Object> recognitionDecision(boolean recognise, LocalDate decisionDate) {
        Map<String, Object> form = new HashMap<>(Map.of("recognise", recognise, "decisionDate", decisionDate.toString(),
                "signer", "Hà Văn Vinh"));
        if (recognise) {
            form.put("decisionNumber", "77-QĐ/TU");
        } else {
            form.put("reason", "Vi phạm tư cách đảng viên trong thời gian dự bị.");
        }
        return form;
    }

    public static Map<String, Object> escalationAnswer() {
        return new HashMap<>(Map.of("instruction", "Đề nghị hoàn thành trong 5 ngày làm việc."));
    }
}
