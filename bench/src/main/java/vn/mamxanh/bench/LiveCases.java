package vn.mamxanh.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Cases made the real way: introduced over {@code POST /api/cases} by the Youth Union's
 * representative, each step completed over {@code /engine-rest/task/{id}/complete} by the person who
 * owns it, with the data a person would type. The one thing done behind the engine's back is to make
 * the monthly mentoring timer due now, so the job executor opens the month's report at once.
 */
final class LiveCases {

    /** The steps of stages 1-8 a template case can be left waiting at, in path order. */
    static final List<String> STEPS = List.of("Task_ReviewIntroduction", "Task_ReportMentoringProgress",
            "Task_ReviewMentoringReport", "Task_ProposeForAwarenessClass", "Task_RecordClassResult", "Task_CompileDossier",
            "Task_VerifyBackground", "Task_RecordBranchVote", "Task_RecordGrassrootsVote");

    private static final AtomicLong ID_NUMBERS = new AtomicLong(700_000_000_000L + System.currentTimeMillis() % 100_000_000L);
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    record LiveCase(String caseId, String processInstanceId, String branch, String commune, String province) {
    }

    record OpenTask(String id, String key) {
    }

    private final String base;
    private final String password;
    private final Connection db;

    LiveCases(String base, String password, Connection db) {
        this.base = base;
        this.password = password;
        this.db = db;
    }

    LiveCase introduce(int p, int c, int b, String fullName) throws Exception {
        String branch = Tree.branch(p, c, b);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("fullName", fullName);
        body.put("dateOfBirth", LocalDate.now(VIETNAM).minusYears(27).toString());
        body.put("gender", "NU");
        body.put("idNumber", "%012d".formatted(ID_NUMBERS.incrementAndGet()));
        body.put("ethnicity", "Kinh");
        body.put("religion", "Không");
        body.put("educationLevel", "UPPER_SECONDARY");
        body.put("occupation", "Giáo viên");
        body.put("residenceAddress", "Thôn %d, xã %d".formatted(b, c));
        body.put("branchId", branch);
        body.put("youthUnionMember", false);
        Http.Response created = Http.basic(base, Tree.representative(p, c), password).postJson("/api/cases", body);
        if (created.status() != 201) {
            throw new IllegalStateException("Introduction refused: " + created.status() + " " + created.body());
        }
        return new LiveCase(created.json().get("caseId").asText(), created.json().get("processInstanceId").asText(),
                branch, Tree.commune(p, c), Tree.province(p));
    }

    /** Completes steps with good data until each case waits at its target step (index into {@link #STEPS}). */
    void advance(Map<LiveCase, String> targets) throws Exception {
        Map<LiveCase, String> pending = new LinkedHashMap<>(targets);
        long deadline = System.currentTimeMillis() + 180_000;
        while (!pending.isEmpty()) {
            if (System.currentTimeMillis() > deadline) {
                throw new IllegalStateException("Template cases did not reach their steps: " + pending);
            }
            boolean waiting = false;
            for (var entry : new ArrayList<>(pending.entrySet())) {
                LiveCase live = entry.getKey();
                OpenTask task = openTask(live.caseId());
                if (task == null) {
                    makeMentoringTimerDue(live.caseId());
                    waiting = true;
                } else if (task.key().equals(entry.getValue())) {
                    pending.remove(live);
                } else {
                    complete(live, task);
                }
            }
            if (waiting) {
                Thread.sleep(500);
            }
        }
    }

    void complete(LiveCase live, OpenTask task) throws Exception {
        Map<String, Object> variables = new HashMap<>();
        goodData(live, task.key()).forEach((name, value) -> variables.put(name, Map.of("value", value)));
        Http.Response done = Http.basic(base, ownerOf(live, task.key()), password)
                .postJson("/engine-rest/task/" + task.id() + "/complete", Map.of("variables", variables));
        if (done.status() != 204) {
            throw new IllegalStateException(task.key() + " refused for " + live.caseId() + ": " + done.status() + " " + done.body());
        }
    }

    OpenTask openTask(String caseId) throws SQLException {
        try (PreparedStatement query = db.prepareStatement("select t.id_, t.task_def_key_ from act_ru_task t "
                + "join act_ru_execution e on e.id_ = t.proc_inst_id_ where e.business_key_ = ? order by t.create_time_ desc")) {
            query.setString(1, caseId);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? new OpenTask(rows.getString(1), rows.getString(2)) : null;
            }
        }
    }

    private void makeMentoringTimerDue(String caseId) throws SQLException {
        try (PreparedStatement due = db.prepareStatement("update act_ru_job set duedate_ = now() - interval '1 second' "
                + "where handler_cfg_ like 'TimerEvent_ReportPeriodOpens%' and duedate_ > now() and process_instance_id_ in "
                + "(select id_ from act_ru_execution where business_key_ = ? and id_ = proc_inst_id_)")) {
            due.setString(1, caseId);
            due.executeUpdate();
        }
    }

    static String ownerOf(LiveCase live, String taskKey) {
        return switch (taskKey) {
            case "Task_ReportMentoringProgress" -> live.branch() + ".dv1";
            case "Task_RecordClassResult" -> live.province() + ".ttct";
            case "Task_VerifyBackground" -> live.branch() + ".chiuy";
            case "Task_RecordGrassrootsVote" -> live.commune() + ".du1";
            default -> Tree.secretary(live.branch());
        };
    }

    /** Fields that complete a step, as the owner would fill its form (the same as the app's CaseJourney test helper). */
    Map<String, Object> goodData(LiveCase live, String taskKey) throws SQLException {
        LocalDate today = LocalDate.now(VIETNAM);
        Map<String, Object> fields = new LinkedHashMap<>();
        String b = live.branch();
        switch (taskKey) {
            case "Task_ReviewIntroduction" -> {
                fields.put("intakeDecision", "ACCEPT");
                fields.put("mentorId", b + ".dv1");
            }
            case "Task_ReportMentoringProgress" -> fields.put("progress", "Quần chúng tích cực tham gia sinh hoạt thôn, tiến bộ rõ.");
            case "Task_ReviewMentoringReport" -> fields.put("readiness", "READY");
            case "Task_ProposeForAwarenessClass" -> fields.put("classProposalNote", "Đề nghị học khóa gần nhất.");
            case "Task_RecordClassResult" -> {
                fields.put("attended", "true");
                fields.put("certificateNumber", "GCN-" + live.caseId());
                fields.put("certificateIssuedOn", today.minusDays(7).toString());
            }
            case "Task_CompileDossier" -> {
                fields.put("applicationDate", today.minusDays(5).toString());
                fields.put("selfReportDate", today.minusDays(5).toString());
                fields.put("familyMembers", "Cha | Nguyễn Văn Ba\nMẹ | Trần Thị Tư");
                fields.put("introductionRoute", "TWO_MEMBERS");
                fields.put("introducer1Id", b + ".dv2");
                fields.put("introducer1Months", 24);
                fields.put("introducer2Id", b + ".chiuy");
                fields.put("introducer2Months", 18);
                fields.put("massOrganisationComments", "Đoàn viên gương mẫu, nhiệt tình.");
                fields.put("residenceComments", "Chấp hành tốt quy định nơi cư trú.");
            }
            case "Task_VerifyBackground" -> {
                fields.put("verificationResults", "Bản thân | Đạt | " + b + ".chiuy\nCha | Đạt | " + b + ".chiuy\nMẹ | Đạt | " + b + ".bithu");
                fields.put("verificationPassed", "true");
            }
            case "Task_RecordBranchVote" -> {
                long members = officialMembers(b);
                fields.put("branchVoteOutcome", "PASSED");
                fields.put("meetingDate", today.toString());
                fields.put("membersPresent", members);
                fields.put("votesInFavour", members);
            }
            default -> throw new IllegalArgumentException("No good data for " + taskKey);
        }
        return fields;
    }

    /** The base of the two-thirds rule (R07): everyone present, everyone in favour. */
    private long officialMembers(String branch) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select count(*) from person where branch_id = ? and membership = 'OFFICIAL'")) {
            query.setString(1, branch);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
