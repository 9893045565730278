package vn.mamxanh.demo;

import static vn.mamxanh.demo.Milestone.*;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.AdmissionProcess;
import vn.mamxanh.candidate.Intake;
import vn.mamxanh.candidate.IntakeVariables;
import vn.mamxanh.candidate.WithdrawalRequest;
import vn.mamxanh.mentoring.MentoringVariables;
import vn.mamxanh.organisation.CompetentCommittee;
import vn.mamxanh.organisation.MassOrganisationType;
import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Person;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.RoleAssignment;
import vn.mamxanh.organisation.UnitFunction;
import vn.mamxanh.resolution.ResolutionVariables;
import vn.mamxanh.training.TrainingVariables;
import vn.mamxanh.verification.VerificationVariables;

/**
 * Walks one demo candidate along the real path: the start form and every step completed through
 * the engine as the demo user who owns it, with what that person would type, so the same rule
 * listeners store the same rows as for a person in Tasklist. The engine clock is set back to the
 * day each step happened, so reports, certificates and votes carry believable dates.
 */
@Component
class DemoPath {

    private static final List<String> PROGRESS = List.of(
            "Quần chúng tích cực tham gia sinh hoạt thôn, gương mẫu trong công việc, được bà con tín nhiệm.",
            "Đã đọc và trao đổi về Điều lệ Đảng; nhận thức về Đảng tiến bộ rõ, tác phong khiêm tốn, cầu thị.",
            "Hoàn thành tốt nhiệm vụ được giao, vận động gia đình chấp hành tốt chủ trương của địa phương.");

    private final FormService forms;
    private final TaskService tasks;
    private final ManagementService management;
    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final IdentityService identity;
    private final Intake intake;
    private final OrganisationDirectory directory;
    private final OrganisationRepository organisation;

    DemoPath(FormService forms, TaskService tasks, ManagementService management, RepositoryService repository,
             RuntimeService runtime, IdentityService identity, Intake intake, OrganisationDirectory directory,
             OrganisationRepository organisation) {
        this.runtime = runtime;
        this.forms = forms;
        this.tasks = tasks;
        this.management = management;
        this.repository = repository;
        this.identity = identity;
        this.intake = intake;
        this.directory = directory;
        this.organisation = organisation;
    }

    /** Drives the candidate's case to its milestone and answers its case id. */
    String walk(DemoCandidate candidate, LocalDateTime now) {
        Walk walk = new Walk(candidate, now);
        String caseId = walk.introduce();
        walk.advance(caseId);
        return caseId;
    }

    private final class Walk {

        private final DemoCandidate candidate;
        private final LocalDateTime now;
        private final String secretary;
        private final String mentor;
        private final String committee;
        private final String introducer;
        private LocalDateTime clock;

        Walk(DemoCandidate candidate, LocalDateTime now) {
            this.candidate = candidate;
            this.now = now;
            this.secretary = "bithu." + candidate.branchSuffix();
            this.mentor = "dangvien." + candidate.branchSuffix() + "1";
            this.committee = "chiuy." + candidate.branchSuffix();
            this.introducer = youthUnionRepresentative(candidate.branchId());
            this.clock = now.minusDays(candidate.daysAgo()).withHour(9).withMinute(0);
        }

        String introduce() {
            setClock(clock);
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("fullName", candidate.fullName());
            fields.put("dateOfBirth", candidate.dateOfBirth().toString());
            fields.put("gender", candidate.gender());
            fields.put("idNumber", candidate.idNumber());
            fields.put("ethnicity", "Kinh");
            fields.put("religion", "Không");
            fields.put("educationLevel", candidate.educationLevel());
            fields.put("occupation", candidate.occupation());
            fields.put("residenceAddress", candidate.residenceAddress());
            fields.put("branchId", candidate.branchId());
            fields.put("youthUnionMember", candidate.youthUnionMember());
            String definition = repository.createProcessDefinitionQuery().processDefinitionKey(AdmissionProcess.KEY)
                    .latestVersion().singleResult().getId();
            return as(introducer, () -> forms.submitStartForm(definition, fields).getBusinessKey());
        }

        void advance(String caseId) {
            Milestone goal = candidate.milestone();
            if (goal == INTRODUCED) {
                return;
            }
            later(5);
            if (goal == DECLINED) {
                complete(caseId, "Task_ReviewIntroduction", secretary, Map.of(
                        IntakeVariables.DECISION, "DECLINE",
                        IntakeVariables.DECLINE_REASON, "Quần chúng sắp chuyển công tác ra khỏi địa bàn thôn; đề nghị đoàn thể "
                                + "giới thiệu về chi bộ nơi làm việc mới."));
                return;
            }
            complete(caseId, "Task_ReviewIntroduction", secretary, Map.of(
                    IntakeVariables.DECISION, "ACCEPT", MentoringVariables.MENTOR_ID, mentor));
            YearMonth period = YearMonth.from(clock);
            for (int month = 1; month <= candidate.reports(); month++) {
                period = period.plusMonths(1);
                reportMonth(caseId, period, month == candidate.reports() ? judgement() : "KEEP_MENTORING");
            }
            switch (goal) {
                case MENTORING, NOT_READY -> {
                    return;
                }
                case REPORT_OVERDUE -> {
                    period = period.plusMonths(1);
                    openReportPeriod(caseId, period);
                    setClock(period.atDay(27).atTime(8, 0));
                    runTimer(caseId, "BoundaryEvent_ReportOverdue");
                    return;
                }
                case WITHDRAWN -> {
                    later(4);
                    withdraw(caseId);
                    return;
                }
                default -> { }
            }
            later(3);
            complete(caseId, "Task_ProposeForAwarenessClass", secretary, Map.of(
                    TrainingVariables.PROPOSAL_NOTE, "Đề nghị cử quần chúng học lớp bồi dưỡng nhận thức về Đảng khóa gần nhất."));
            if (goal == CLASS_PROPOSED) {
                return;
            }
            later(26);
            complete(caseId, "Task_RecordClassResult", ownerOf(caseId, "Task_RecordClassResult"), Map.of(
                    TrainingVariables.ATTENDED, "true",
                    TrainingVariables.CERTIFICATE_NUMBER, "GCN-" + clock.getYear() + "/" + candidate.idNumber().substring(8),
                    TrainingVariables.CERTIFICATE_ISSUED_ON, today().minusDays(1).toString()));
            if (goal == CERTIFICATE_ISSUED) {
                return;
            }
            later(12);
            complete(caseId, "Task_CompileDossier", secretary, dossier());
            if (goal == DOSSIER_COMPLETE) {
                return;
            }
            later(20);
            complete(caseId, "Task_VerifyBackground", committee, Map.of(
                    VerificationVariables.VERIFICATION_RESULTS, "Bản thân | Đạt | " + committee + "\nCha | Đạt | " + committee
                            + "\nMẹ | Đạt | " + secretary,
                    VerificationVariables.VERIFICATION_PASSED, "true",
                    VerificationVariables.VERIFICATION_NOTE, "Lý lịch rõ ràng; gia đình chấp hành tốt chủ trương, pháp luật."));
            if (goal == VERIFIED) {
                return;
            }
            later(7);
            long members = directory.officialMemberCount(candidate.branchId());
            complete(caseId, "Task_RecordBranchVote", secretary, Map.of(
                    ResolutionVariables.BRANCH_VOTE_OUTCOME, "PASSED",
                    ResolutionVariables.MEETING_DATE, today().toString(),
                    ResolutionVariables.MEMBERS_PRESENT, members,
                    ResolutionVariables.VOTES_IN_FAVOUR, members));
            if (goal != BRANCH_VOTE_PASSED) {
                decide(caseId, goal);
            }
        }

        /**
         * Stages 8-10: the grassroots committee's vote, then the competent committee's appraisal and decision
         * (the province's bodies for An Hòa, the authorised ward committee itself for Mỹ Trà), then the ceremony.
         */
        private void decide(String caseId, Milestone goal) {
            later(10);
            String grassroots = directory.grassrootsOf(candidate.branchId()).id();
            int committee = organisation.findRoleHolders(grassroots, Role.GRASSROOTS_COMMITTEE).size();
            complete(caseId, "Task_RecordGrassrootsVote", ownerOf(caseId, "Task_RecordGrassrootsVote"), Map.of(
                    "resolutionNumber", (40 + candidate.daysAgo() % 50) + "-NQ/ĐU", "meetingDate", today().toString(),
                    "inFavour", committee, "against", 0, "recommends", true));
            if (goal == GRASSROOTS_VOTED) {
                return;
            }
            later(7);
            complete(caseId, "Task_AppraiseDossier", ownerOf(caseId, "Task_AppraiseDossier"), Map.of("appraisedOn", today().toString(),
                    "eligible", "true", "opinion", "Hồ sơ đầy đủ, đúng quy trình, đủ điều kiện kết nạp."));
            if (goal == APPRAISED) {
                return;
            }
            if (goal == DECISION_OVERDUE) {
                // The standing committee has let the appraised file lie past R09's deadline: the timer opens the chase.
                setClock(now);
                runTimer("admission-decision", caseId, "Timer_DecisionDeadline");
                return;
            }
            later(10);
            String decider = ownerOf(caseId, "Task_DecideAdmission");
            Map<String, Object> admission = new LinkedHashMap<>(Map.of("admit", true,
                    "decisionDate", today().toString(), "decisionNumber", (200 + candidate.daysAgo() % 90) + decisionSuffix(),
                    "signer", fullName(decider)));
            admission.putAll(wholeCommitteeVote(true));
            complete(caseId, "Task_DecideAdmission", decider, admission);
            if (goal == ADMITTED) {
                return;
            }
            later(14);
            LocalDate ceremony = today();
            complete(caseId, "Task_HoldCeremony", secretary, Map.of("ceremonyDate", ceremony.toString(),
                    "place", "Hội trường " + organisation.findUnit(candidate.branchId()).orElseThrow().name()
                            .replace("Chi bộ ", "")));
            probation(caseId, goal, ceremony);
        }

        /** Stages 11-12: the probation file, the end of probation, the branch's vote and the committee's decision. */
        private void probation(String caseId, Milestone goal, LocalDate ceremony) {
            later(60);
            String school = ownerOf(caseId, "Task_RecordCourseCertificate");
            complete(caseId, "Task_RecordCourseCertificate", school, Map.of(
                    "certificateNumber", "CN-" + clock.getYear() + "-" + candidate.idNumber().substring(9),
                    "issuedOn", today().minusDays(2).toString(), "issuedBy", classHolderName()));
            if (goal == PROBATION) {
                return;
            }
            setClock(ceremony.plusMonths(11).atTime(9, 0));
            boolean recognise = goal != REMOVED;
            complete(caseId, "Task_EvaluateProbationer", mentor, Map.of("evaluatedOn", today().toString(), "evaluation",
                    recognise ? "Gương mẫu, hoàn thành tốt nhiệm vụ; giữ mối liên hệ tốt với quần chúng."
                            : "Nhiều lần không sinh hoạt chi bộ, không chấp hành sự phân công của chi bộ."));
            complete(caseId, "Task_RecordSelfCritique", secretary, Map.of("submittedOn", today().toString(),
                    "summary", "Tự kiểm điểm một năm dự bị: ưu điểm, khuyết điểm và hướng khắc phục."));
            complete(caseId, "Task_RecordCommunityComments", secretary, Map.of("receivedOn", today().toString(),
                    "massOrganisationComment", "Đoàn xã nhận xét: tích cực trong phong trào thanh niên.",
                    "residenceComment", "Chi ủy nơi cư trú nhận xét: gia đình chấp hành tốt quy định địa phương."));
            setClock(ceremony.plusMonths(12).atTime(7, 0));
            runTimer("probation", caseId, "Timer_ProbationEnds");
            if (goal == PROBATION_ENDED) {
                return;
            }
            later(7);
            long members = directory.officialMemberCount(candidate.branchId());
            Map<String, Object> vote = new LinkedHashMap<>(Map.of("meetingDate", today().toString(),
                    "inFavour", recognise ? members : 0, "against", recognise ? 0 : members, "recommends", recognise));
            if (!recognise) {
                vote.put("reason", "Không chấp hành sự phân công của chi bộ, vi phạm tư cách đảng viên trong thời gian dự bị.");
            }
            complete(caseId, "Task_RecordRecognitionVote", secretary, vote);
            later(10);
            String decider = ownerOf(caseId, "Task_DecideRecognition");
            Map<String, Object> decision = new LinkedHashMap<>(Map.of("recognise", recognise,
                    "decisionDate", today().toString(), "signer", fullName(decider)));
            decision.putAll(wholeCommitteeVote(recognise));
            if (recognise) {
                decision.put("decisionNumber", (60 + candidate.daysAgo() % 30) + decisionSuffix());
            } else {
                decision.put("reason", "Vi phạm tư cách đảng viên trong thời gian dự bị; xóa tên theo đề nghị của chi bộ.");
            }
            complete(caseId, "Task_DecideRecognition", decider, decision);
        }

        /** An authorised grassroots committee decides as a whole: its decision carries the committee's vote. */
        private Map<String, Object> wholeCommitteeVote(boolean approve) {
            CompetentCommittee competent = directory.competentCommittee(candidate.branchId());
            if (!competent.wholeCommitteeDecides()) {
                return Map.of();
            }
            int members = organisation.findRoleHolders(competent.decides().id(), Role.GRASSROOTS_COMMITTEE).size();
            return Map.of("inFavour", approve ? members : 0, "against", approve ? 0 : members);
        }

        /** Quyết định số …-QĐ/TU of a province committee, …-QĐ/ĐU of a grassroots committee. */
        private String decisionSuffix() {
            return directory.competentCommittee(candidate.branchId()).wholeCommitteeDecides() ? "-QĐ/ĐU" : "-QĐ/TU";
        }

        private String classHolderName() {
            return directory.requireHolder(candidate.branchId(), UnitFunction.CLASSES).name();
        }

        private String judgement() {
            return switch (candidate.milestone()) {
                case MENTORING, REPORT_OVERDUE, WITHDRAWN -> "KEEP_MENTORING";
                case NOT_READY -> "NOT_READY_BACK_TO_POOL";
                default -> "READY";
            };
        }

        /** One month of mentoring: the period opens, the mentor reports, the secretary judges. */
        private void reportMonth(String caseId, YearMonth period, String readiness) {
            openReportPeriod(caseId, period);
            setClock(period.atDay(18).atTime(20, 0));
            complete(caseId, "Task_ReportMentoringProgress", mentor, Map.of(
                    MentoringVariables.PROGRESS, PROGRESS.get((period.getMonthValue() + candidate.daysAgo()) % PROGRESS.size())));
            setClock(period.atDay(22).atTime(15, 0));
            Map<String, Object> review = new LinkedHashMap<>();
            review.put(MentoringVariables.READINESS, readiness);
            if (readiness.startsWith("NOT_READY")) {
                review.put(MentoringVariables.READINESS_NOTE, "Quần chúng chưa tham gia đầy đủ sinh hoạt thôn, cần tiếp tục rèn luyện thêm.");
            }
            complete(caseId, "Task_ReviewMentoringReport", secretary, review);
        }

        private void openReportPeriod(String caseId, YearMonth period) {
            setClock(period.atDay(1).atTime(7, 0));
            runTimer(caseId, "TimerEvent_ReportPeriodOpens");
        }

        private Map<String, Object> dossier() {
            String suffix = candidate.branchSuffix();
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put(VerificationVariables.APPLICATION_DATE, today().minusDays(6).toString());
            fields.put(VerificationVariables.SELF_REPORT_DATE, today().minusDays(5).toString());
            fields.put(VerificationVariables.FAMILY_MEMBERS, "Cha | " + familyName() + " Văn Hai\nMẹ | Nguyễn Thị Ba");
            fields.put(VerificationVariables.INTRODUCTION_ROUTE, "TWO_MEMBERS");
            fields.put(VerificationVariables.INTRODUCER_1_ID, "dangvien." + suffix + "2");
            fields.put(VerificationVariables.INTRODUCER_1_MONTHS, 36);
            fields.put(VerificationVariables.INTRODUCER_2_ID, committee);
            fields.put(VerificationVariables.INTRODUCER_2_MONTHS, 24);
            fields.put(VerificationVariables.MASS_ORGANISATION_COMMENTS, "Đoàn thể nhất trí giới thiệu: nhiệt tình, có uy tín trong thôn.");
            fields.put(VerificationVariables.RESIDENCE_COMMENTS, "Chấp hành tốt quy định nơi cư trú, gia đình văn hóa nhiều năm liền.");
            return fields;
        }

        private String familyName() {
            return candidate.fullName().substring(0, candidate.fullName().indexOf(' '));
        }

        private void withdraw(String caseId) {
            // The withdrawal is the app's own endpoint: it reads who acts from the login.
            SecurityContextHolder.getContext().setAuthentication(
                    UsernamePasswordAuthenticationToken.authenticated(secretary, null, List.of()));
            try {
                as(secretary, () -> {
                    intake.withdraw(caseId, new WithdrawalRequest(
                            "Quần chúng xin rút vì đi làm ăn xa, chưa có điều kiện tiếp tục phấn đấu tại địa phương."));
                    return null;
                });
            } finally {
                SecurityContextHolder.clearContext();
            }
        }

        private void complete(String caseId, String taskKey, String user, Map<String, Object> fields) {
            Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(taskKey).singleResult();
            if (task == null) {
                throw new IllegalStateException("Demo case " + caseId + " (" + candidate.fullName() + ") has no open " + taskKey);
            }
            as(user, () -> {
                tasks.complete(task.getId(), fields);
                return null;
            });
        }

        private void runTimer(String caseId, String activityId) {
            runTimer("mentoring", caseId, activityId);
        }

        private void runTimer(String processKey, String caseId, String activityId) {
            // Timers live in the called processes, which carry the case id as their business key too.
            String instance = runtime.createProcessInstanceQuery().processDefinitionKey(processKey)
                    .processInstanceBusinessKey(caseId).singleResult().getId();
            Job timer = management.createJobQuery().timers().activityId(activityId).processInstanceId(instance).singleResult();
            if (timer == null) {
                throw new IllegalStateException("Demo case " + caseId + " has no timer " + activityId);
            }
            management.executeJob(timer.getId());
        }

        private void later(int days) {
            setClock(clock.plusDays(days));
        }

        /** Moves the engine clock, never past the real now: the demo's history is all in the past. */
        private void setClock(LocalDateTime time) {
            clock = time.isAfter(now) ? now : time;
            ClockUtil.setCurrentTime(Date.from(vn.mamxanh.web.VietnamTime.instantOf(clock)));
        }

        private LocalDate today() {
            return clock.toLocalDate();
        }
    }

    /** The demo person who picks up the task: the first member, by login, of its first candidate group. */
    private String ownerOf(String caseId, String taskKey) {
        Task task = tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKey(taskKey).singleResult();
        if (task == null) {
            throw new IllegalStateException("Demo case " + caseId + " has no open " + taskKey);
        }
        String group = tasks.getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLink::getGroupId).findFirst()
                .orElseThrow(() -> new IllegalStateException(taskKey + " of " + caseId + " has no candidate group"));
        return identity.createUserQuery().memberOfGroup(group).orderByUserId().asc().list().stream().findFirst()
                .orElseThrow(() -> new IllegalStateException("Nobody is in " + group)).getId();
    }

    private String fullName(String personId) {
        return organisation.findPerson(personId).map(Person::fullName).orElse(personId);
    }

    /** The Youth Union representative of the branch's grassroots committee, who introduces its demo candidates. */
    private String youthUnionRepresentative(String branchId) {
        String grassroots = directory.grassrootsOf(branchId).id();
        return organisation.findChildren(grassroots).stream()
                .filter(unit -> unit.massOrganisationType() == MassOrganisationType.YOUTH_UNION)
                .flatMap(unit -> organisation.findRoleHolders(unit.id(), Role.MASS_ORGANISATION_REPRESENTATIVE).stream())
                .map(RoleAssignment::personId).sorted().findFirst()
                .orElseThrow(() -> new IllegalStateException("No Youth Union representative under " + grassroots));
    }

    private <T> T as(String user, java.util.function.Supplier<T> action) {
        List<String> groups = identity.createGroupQuery().groupMember(user).list().stream().map(Group::getId).toList();
        identity.setAuthentication(user, groups);
        try {
            return action.get();
        } finally {
            identity.clearAuthentication();
        }
    }
}
