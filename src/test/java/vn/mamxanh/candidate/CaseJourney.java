package vn.mamxanh.candidate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationContext;

import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;

/**
 * Drives one new case over real HTTP, each step as the demo user who owns it, up to any step of
 * stages 1-7 — for tests that need a case "at" some step without repeating the path.
 *
 * <pre>
 * CaseJourney journey = CaseJourney.introduce(context, port);          // doan.anhoa introduces a 35-year-old to cb-thon-dong
 * journey.advanceTo(CaseJourney.RECORD_BRANCH_VOTE);                    // every earlier step done with good data
 * Response refused = journey.complete(Map.of("branchVoteOutcome", "PASSED", ...)); // the open task, as its owner
 * journey.advanceToAdmissionDecision();                                 // the case now waits in admission-decision
 * </pre>
 *
 * {@link Candidate} changes who is introduced ({@code Candidate.standard().bornOn(...)}); {@link #goodData(String)}
 * gives the fields each step is completed with, to copy and spoil in rule tests. Steps are completed through
 * {@code /engine-rest/task/{id}/complete}, so the same rule listeners run as for Tasklist. The monthly mentoring
 * timer is run directly (job executor is off in tests); one report, judged ready, ends mentoring.
 */
public final class CaseJourney {

    public static final String REVIEW_INTRODUCTION = "Task_ReviewIntroduction";
    public static final String REPORT_MENTORING_PROGRESS = "Task_ReportMentoringProgress";
    public static final String REVIEW_MENTORING_REPORT = "Task_ReviewMentoringReport";
    public static final String PROPOSE_FOR_AWARENESS_CLASS = "Task_ProposeForAwarenessClass";
    public static final String RECORD_CLASS_RESULT = "Task_RecordClassResult";
    public static final String COMPILE_DOSSIER = "Task_CompileDossier";
    public static final String VERIFY_BACKGROUND = "Task_VerifyBackground";
    public static final String RECORD_BRANCH_VOTE = "Task_RecordBranchVote";
    public static final String APPROVE_OLDER_CANDIDATE = "Task_ApproveOlderCandidate";
    public static final String CHASE_OVERDUE_REPORT = "Task_ChaseOverdueReport";

    private static final AtomicLong ID_NUMBERS = new AtomicLong(System.nanoTime() % 1_000_000_000L);

    /** Who is introduced, and where; defaults are a 35-year-old, upper secondary, not in the Youth Union, to cb-thon-dong. */
    public record Candidate(String fullName, LocalDate dateOfBirth, String educationLevel, String branchId,
                            boolean youthUnionMember, String introducedBy) {

        public static Candidate standard() {
            return new Candidate("Nguyễn Thị Hoa", today().minusYears(35), "UPPER_SECONDARY", "cb-thon-dong", false, "doan.anhoa");
        }

        public Candidate bornOn(LocalDate day) {
            return new Candidate(fullName, day, educationLevel, branchId, youthUnionMember, introducedBy);
        }

        public Candidate education(String level) {
            return new Candidate(fullName, dateOfBirth, level, branchId, youthUnionMember, introducedBy);
        }

        public Candidate branch(String branch) {
            return new Candidate(fullName, dateOfBirth, educationLevel, branch, youthUnionMember, introducedBy);
        }

        public Candidate youthUnionMember(boolean member) {
            return new Candidate(fullName, dateOfBirth, educationLevel, branchId, member, introducedBy);
        }

        public Map<String, Object> json() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("fullName", fullName);
            body.put("dateOfBirth", dateOfBirth.toString());
            body.put("gender", "NU");
            body.put("idNumber", "%012d".formatted(ID_NUMBERS.incrementAndGet() % 1_000_000_000_000L));
            body.put("ethnicity", "Kinh");
            body.put("religion", "Không");
            body.put("educationLevel", educationLevel);
            body.put("occupation", "Giáo viên");
            body.put("residenceAddress", "Thôn Đông, xã An Hòa");
            body.put("branchId", branchId);
            body.put("youthUnionMember", youthUnionMember);
            return body;
        }
    }

    private final int port;
    private final ProcessEngine engine;
    private final OrganisationDirectory directory;
    private final String caseId;
    private final String processInstanceId;
    private final ProcessInstance instance;
    private final String branchId;
    private final String branchSuffix;

    private CaseJourney(int port, ApplicationContext context, String caseId, String processInstanceId, String branchId) {
        this.port = port;
        this.engine = context.getBean(ProcessEngine.class);
        this.directory = context.getBean(OrganisationDirectory.class);
        this.caseId = caseId;
        this.processInstanceId = processInstanceId;
        this.branchId = branchId;
        this.instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        this.branchSuffix = branchId.substring(branchId.lastIndexOf('-') + 1);
    }

    public static CaseJourney introduce(ApplicationContext context, int port) {
        return introduce(context, port, Candidate.standard());
    }

    /** POST /api/cases as the candidate's introducer; fails the test if the introduction is refused. */
    public static CaseJourney introduce(ApplicationContext context, int port, Candidate candidate) {
        Response created = HttpTestClient.basic(port, candidate.introducedBy()).postJson("/api/cases", candidate.json());
        if (created.status() != 201) {
            throw new AssertionError("Introduction refused: " + created.status() + " " + created.body());
        }
        return new CaseJourney(port, context, created.json().get("caseId").asText(),
                created.json().get("processInstanceId").asText(), candidate.branchId());
    }

    public String caseId() {
        return caseId;
    }

    public String processInstanceId() {
        return processInstanceId;
    }

    /** The case's candidate-admission instance, for camunda-bpm-assert (which re-reads it, from history once ended). */
    public ProcessInstance processInstance() {
        return instance;
    }

    /** The case's one open user task (in the main process or the mentoring process), or null. */
    public Task openTask() {
        List<Task> tasks = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).list();
        if (tasks.size() > 1) {
            throw new IllegalStateException("More than one open task for " + caseId + ": " + tasks);
        }
        return tasks.isEmpty() ? null : tasks.get(0);
    }

    /** The case's open task of one step, when more than one is open (an overdue report and its chase). */
    public Task openTask(String taskKey) {
        return engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(taskKey)
                .singleResult();
    }

    /** Completes the open task of one step over the engine REST API as its owner. */
    public Response completeStep(String taskKey, Map<String, Object> fields) {
        Map<String, Object> variables = new HashMap<>();
        fields.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return HttpTestClient.basic(port, ownerOf(taskKey))
                .postJson("/engine-rest/task/" + openTask(taskKey).getId() + "/complete", Map.of("variables", variables));
    }

    /** The demo user who owns a step of this case. */
    public String ownerOf(String taskKey) {
        return switch (taskKey) {
            case REPORT_MENTORING_PROGRESS -> "dangvien." + branchSuffix + "1";
            case RECORD_CLASS_RESULT -> "ttct.canbo";
            case VERIFY_BACKGROUND -> "chiuy." + branchSuffix;
            case APPROVE_OLDER_CANDIDATE -> "tinhuy.uyvien";
            default -> "bithu." + branchSuffix;
        };
    }

    /** Completes the open task over the engine REST API as its owner, with these form fields. */
    public Response complete(Map<String, Object> fields) {
        Task task = openTask();
        if (task == null) {
            throw new IllegalStateException("No open task for " + caseId);
        }
        return complete(ownerOf(task.getTaskDefinitionKey()), fields);
    }

    public Response complete(String user, Map<String, Object> fields) {
        Map<String, Object> variables = new HashMap<>();
        fields.forEach((name, value) -> variables.put(name, Map.of("value", value)));
        return HttpTestClient.basic(port, user)
                .postJson("/engine-rest/task/" + openTask().getId() + "/complete", Map.of("variables", variables));
    }

    /** Completes steps with {@link #goodData} (and runs the mentoring timer) until the given step is open. */
    public CaseJourney advanceTo(String taskKey) {
        for (int step = 0; step < 30; step++) {
            Task task = openTask();
            if (task == null) {
                if (!runReportPeriodTimer()) {
                    throw new IllegalStateException("Case " + caseId + " has no open task and no timer before " + taskKey);
                }
                continue;
            }
            if (task.getTaskDefinitionKey().equals(taskKey)) {
                return this;
            }
            completeWithGoodData(task.getTaskDefinitionKey());
        }
        throw new IllegalStateException("Case " + caseId + " did not reach " + taskKey);
    }

    /** Through the branch vote, until the case waits in the admission-decision call activity. */
    public CaseJourney advanceToAdmissionDecision() {
        advanceTo(RECORD_BRANCH_VOTE);
        completeWithGoodData(RECORD_BRANCH_VOTE);
        if (openTaskKey().equals(APPROVE_OLDER_CANDIDATE)) {
            completeWithGoodData(APPROVE_OLDER_CANDIDATE);
        }
        return this;
    }

    /** Runs the mentoring process's "report period opens" timer now, whatever its due date. */
    public boolean runReportPeriodTimer() {
        ManagementService management = engine.getManagementService();
        List<Job> timers = management.createJobQuery().timers().activityId("TimerEvent_ReportPeriodOpens")
                .processInstanceId(mentoringInstanceId()).list();
        timers.forEach(job -> management.executeJob(job.getId()));
        return !timers.isEmpty();
    }

    public String mentoringInstanceId() {
        RuntimeService runtime = engine.getRuntimeService();
        ProcessInstance mentoring = runtime.createProcessInstanceQuery().processDefinitionKey("mentoring")
                .processInstanceBusinessKey(caseId).singleResult();
        return mentoring == null ? "none" : mentoring.getId();
    }

    private String openTaskKey() {
        Task task = openTask();
        return task == null ? "" : task.getTaskDefinitionKey();
    }

    private void completeWithGoodData(String taskKey) {
        Response response = complete(goodData(taskKey));
        if (response.status() != 204) {
            throw new AssertionError(taskKey + " refused for " + caseId + ": " + response.status() + " " + response.body());
        }
    }

    /** Fields that complete a step of this case, as a person would fill its form. */
    public Map<String, Object> goodData(String taskKey) {
        LocalDate today = today();
        Map<String, Object> fields = new LinkedHashMap<>();
        switch (taskKey) {
            case REVIEW_INTRODUCTION -> {
                fields.put("intakeDecision", "ACCEPT");
                fields.put("mentorId", "dangvien." + branchSuffix + "1");
            }
            case REPORT_MENTORING_PROGRESS -> fields.put("progress", "Quần chúng tích cực tham gia sinh hoạt thôn, tiến bộ rõ.");
            case REVIEW_MENTORING_REPORT -> fields.put("readiness", "READY");
            case PROPOSE_FOR_AWARENESS_CLASS -> fields.put("classProposalNote", "Đề nghị học khóa gần nhất.");
            case RECORD_CLASS_RESULT -> {
                fields.put("attended", "true");
                fields.put("certificateNumber", "GCN-" + caseId);
                fields.put("certificateIssuedOn", today.minusDays(7).toString());
            }
            case COMPILE_DOSSIER -> {
                fields.put("applicationDate", today.minusDays(5).toString());
                fields.put("selfReportDate", today.minusDays(5).toString());
                fields.put("familyMembers", "Cha | Nguyễn Văn Ba\nMẹ | Trần Thị Tư");
                fields.put("introductionRoute", "TWO_MEMBERS");
                fields.put("introducer1Id", "dangvien." + branchSuffix + "2");
                fields.put("introducer1Months", 24);
                fields.put("introducer2Id", "chiuy." + branchSuffix);
                fields.put("introducer2Months", 18);
                fields.put("massOrganisationComments", "Đoàn viên gương mẫu, nhiệt tình.");
                fields.put("residenceComments", "Chấp hành tốt quy định nơi cư trú.");
            }
            case VERIFY_BACKGROUND -> {
                fields.put("verificationResults", "Bản thân | Đạt | chiuy." + branchSuffix + "\nCha | Đạt | chiuy." + branchSuffix
                        + "\nMẹ | Đạt | bithu." + branchSuffix);
                fields.put("verificationPassed", "true");
            }
            case RECORD_BRANCH_VOTE -> {
                long members = officialMembers();
                fields.put("branchVoteOutcome", "PASSED");
                fields.put("meetingDate", today.toString());
                fields.put("membersPresent", members);
                fields.put("votesInFavour", members);
            }
            case APPROVE_OLDER_CANDIDATE -> fields.put("provinceApproved", "true");
            default -> throw new IllegalArgumentException("No good data for " + taskKey);
        }
        return fields;
    }

    /** Official members of the case's branch, the base of the two-thirds rule (R07). */
    public long officialMembers() {
        return directory.officialMemberCount(branchId);
    }

    public static LocalDate today() {
        return vn.mamxanh.web.VietnamTime.today();
    }

    public TaskService tasks() {
        return engine.getTaskService();
    }
}
