package vn.mamxanh.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.testing.MamXanhTest;

/** Issue 3: the demo organisation has cases at every stage, so a new user sees a lived-in system. */
@MamXanhTest
class DemoCasesTest {

    @Autowired
    CaseRepository cases;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DemoCases demoCases;

    /** What a secretary would find for each demo person: the stage, and whose task the case waits on. */
    record Expected(CaseStage stage, CaseStatus status, String waitingTask, String owner) {
    }

    private static final Map<String, Expected> EXPECTED = Map.ofEntries(
            Map.entry("Trần Minh Khoa", new Expected(CaseStage.SOURCE_POOL, CaseStatus.OPEN, "Task_ReviewIntroduction", "bithu.dong")),
            Map.entry("Bùi Văn Tài", new Expected(CaseStage.SOURCE_POOL, CaseStatus.OPEN, "Task_ReviewIntroduction", "bithu.tay")),
            Map.entry("Trương Thị Bích Ngọc", new Expected(CaseStage.SOURCE_POOL, CaseStatus.CLOSED, null, null)),
            Map.entry("Nguyễn Thị Thu Hà", new Expected(CaseStage.MENTORING, CaseStatus.OPEN, null, null)),
            Map.entry("Lê Hoàng Phúc", new Expected(CaseStage.MENTORING, CaseStatus.OPEN, "Task_ChaseOverdueReport", "bithu.dong")),
            Map.entry("Đặng Quốc Bảo", new Expected(CaseStage.MENTORING, CaseStatus.CLOSED, null, null)),
            Map.entry("Châu Minh Tuấn", new Expected(CaseStage.MENTORING, CaseStatus.CLOSED, null, null)),
            Map.entry("Phạm Ngọc Ánh", new Expected(CaseStage.AWARENESS_CLASS, CaseStatus.OPEN, "Task_RecordClassResult", "ttct.canbo")),
            Map.entry("Mai Văn Lực", new Expected(CaseStage.DOSSIER, CaseStatus.OPEN, "Task_CompileDossier", "bithu.tay")),
            Map.entry("Võ Thành Đạt", new Expected(CaseStage.VERIFICATION, CaseStatus.OPEN, "Task_VerifyBackground", "chiuy.dong")),
            Map.entry("Lâm Thị Hồng Nhung", new Expected(CaseStage.BRANCH_RESOLUTION, CaseStatus.OPEN, "Task_RecordBranchVote", "bithu.tay")),
            Map.entry("Huỳnh Thị Kim Ngân", new Expected(CaseStage.COMMITTEE_REVIEW, CaseStatus.OPEN, "Task_RecordGrassrootsVote", "danguy.anhoa1")),
            Map.entry("Đoàn Văn Hiếu", new Expected(CaseStage.COMMITTEE_REVIEW, CaseStatus.OPEN, "Task_AppraiseDossier", "btc.chuyenvien")),
            Map.entry("Nguyễn Thị Mỹ Linh", new Expected(CaseStage.DECISION, CaseStatus.OPEN, "Task_DecideAdmission", "btv.uyvien")),
            // An Hòa's decision lies with the province: the next level up, the Central Organisation Commission, chases it.
            Map.entry("Phan Thanh Sơn", new Expected(CaseStage.DECISION, CaseStatus.OPEN, "Task_ChaseAdmissionDecision", "btctw.chuyenvien")),
            Map.entry("Hồ Thị Thanh Tâm", new Expected(CaseStage.CEREMONY, CaseStatus.OPEN, "Task_HoldCeremony", "bithu.tay")),
            Map.entry("Lương Văn Thịnh", new Expected(CaseStage.PROBATION, CaseStatus.PROBATIONARY, "Task_RecordSelfCritique", "bithu.dong")),
            Map.entry("Tạ Thị Hồng Vân", new Expected(CaseStage.PROBATION, CaseStatus.PROBATIONARY, "Task_RecordRecognitionVote", "bithu.tay")),
            Map.entry("Kiều Minh Nhật", new Expected(CaseStage.RECOGNITION, CaseStatus.OFFICIAL, null, null)),
            Map.entry("Dương Văn Toàn", new Expected(CaseStage.RECOGNITION, CaseStatus.REMOVED, null, null)),
            // Phường Mỹ Trà is authorised to admit: its party-building board appraises, the ward committee decides,
            // and its late decision is chased by the province's standing committee.
            Map.entry("Trịnh Gia Huy", new Expected(CaseStage.MENTORING, CaseStatus.OPEN, null, null)),
            Map.entry("Lê Thị Ngọc Trâm", new Expected(CaseStage.COMMITTEE_REVIEW, CaseStatus.OPEN, "Task_AppraiseDossier", "bxd.mytra")),
            Map.entry("Phùng Văn Khánh", new Expected(CaseStage.DECISION, CaseStatus.OPEN, "Task_DecideAdmission", "danguy.mytra2")),
            Map.entry("Nguyễn Hoàng Long", new Expected(CaseStage.DECISION, CaseStatus.OPEN, "Task_ChaseAdmissionDecision", "btv.uyvien")),
            Map.entry("Võ Thị Thanh Thảo", new Expected(CaseStage.RECOGNITION, CaseStatus.OFFICIAL, null, null)));

    @Test
    void after_startup_the_demo_has_a_case_at_each_stage_driven_each_waiting_on_the_right_person() {
        for (DemoCandidate candidate : DemoCandidates.ALL) {
            CandidateCase found = demoCase(candidate);
            Expected expected = EXPECTED.get(candidate.fullName());
            assertThat(found.stage()).as(candidate.fullName()).isEqualTo(expected.stage());
            assertThat(found.status()).as(candidate.fullName()).isEqualTo(expected.status());
            assertThat(found.branchId()).isEqualTo(candidate.branchId());
            assertThat(found.introducedBy()).isEqualTo(found.branchId().startsWith("cb-khom") ? "doan.mytra" : "doan.anhoa");
            if (expected.waitingTask() != null) {
                Task task = tasks.createTaskQuery().processInstanceBusinessKey(found.id())
                        .taskDefinitionKey(expected.waitingTask()).singleResult();
                assertThat(task).as(candidate.fullName() + " waits at " + expected.waitingTask()).isNotNull();
                assertThat(tasks.createTaskQuery().taskId(task.getId()).taskCandidateUser(expected.owner()).count())
                        .as(expected.owner() + " can pick up " + expected.waitingTask()).isEqualTo(1);
            }
        }
        Set<CaseStage> stages = DemoCandidates.ALL.stream().map(this::demoCase)
                .filter(c -> c.status() == CaseStatus.OPEN).map(CandidateCase::stage).collect(Collectors.toSet());
        assertThat(stages).contains(CaseStage.SOURCE_POOL, CaseStage.MENTORING, CaseStage.AWARENESS_CLASS, CaseStage.DOSSIER,
                CaseStage.VERIFICATION, CaseStage.BRANCH_RESOLUTION, CaseStage.COMMITTEE_REVIEW, CaseStage.DECISION,
                CaseStage.CEREMONY);
        assertThat(DemoCandidates.ALL.stream().map(this::demoCase).map(CandidateCase::status))
                .contains(CaseStatus.PROBATIONARY, CaseStatus.OFFICIAL, CaseStatus.REMOVED);
    }

    @Test
    void stages_8_to_12_wait_on_their_owners_and_no_one_else() {
        // R09: the appraised file has lain with the standing committee past the deadline; it can still decide.
        CandidateCase overdue = demoCase("Phan Thanh Sơn");
        assertThat(overdue.overdue()).isTrue();
        assertThat(openTask(overdue, "Task_DecideAdmission", "btv.uyvien")).isEqualTo(1);
        assertThat(openTask(demoCase("Nguyễn Thị Mỹ Linh"), "Task_DecideAdmission", "bithu.tay")).isZero();
        assertThat(demoCase("Nguyễn Thị Mỹ Linh").overdue()).isFalse();

        // Half-way through probation: the certificate is on file, the mentor has the evaluation in hand.
        CandidateCase probationer = demoCase("Lương Văn Thịnh");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(probationer.id())
                .taskDefinitionKey("Task_RecordCourseCertificate").count()).isZero();
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(probationer.id())
                .taskDefinitionKey("Task_EvaluateProbationer").singleResult().getAssignee()).isEqualTo("dangvien.dong1");
        assertThat(jdbc.sql("select count(*) from admission_ceremony where case_id = ?").param(probationer.id())
                .query(Long.class).single()).isEqualTo(1);

        // A branch sees nothing to do in the other branch's cases, an auditor nowhere.
        assertThat(openTask(demoCase("Hồ Thị Thanh Tâm"), "Task_HoldCeremony", "bithu.dong")).isZero();
        assertThat(tasks.createTaskQuery().taskCandidateUser("ubkt.kiemtra").count()).isZero();

        // The two ends of probation leave nothing open.
        for (String ended : List.of("Kiều Minh Nhật", "Dương Văn Toàn")) {
            assertThat(tasks.createTaskQuery().processInstanceBusinessKey(demoCase(ended).id()).count()).as(ended).isZero();
        }
    }

    private long openTask(CandidateCase found, String taskKey, String user) {
        return tasks.createTaskQuery().processInstanceBusinessKey(found.id()).taskDefinitionKey(taskKey)
                .taskCandidateUser(user).count();
    }

    @Test
    void the_early_ends_say_who_ended_them_and_why() {
        CandidateCase declined = demoCase("Trương Thị Bích Ngọc");
        assertThat(declined.endedBy()).isEqualTo("bithu.tay");
        assertThat(declined.endReason()).startsWith("Chi bộ không tiếp nhận vào nguồn:");
        CandidateCase withdrawn = demoCase("Đặng Quốc Bảo");
        assertThat(withdrawn.endedBy()).isEqualTo("bithu.dong");
        assertThat(withdrawn.endReason()).startsWith("Quần chúng xin rút:");
        CandidateCase notReady = demoCase("Châu Minh Tuấn");
        assertThat(notReady.endReason()).contains("trở lại nguồn");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(withdrawn.id()).count()).isZero();
    }

    @Test
    void the_history_is_dated_in_the_past_like_a_branch_that_has_worked_for_months() {
        CandidateCase certified = demoCase("Mai Văn Lực");
        LocalDate today = LocalDate.now();
        assertThat(certified.createdAt()).isBefore(Instant.now().minusSeconds(150L * 24 * 3600));
        List<String> periods = jdbc.sql("select period from mentoring_report where case_id = ? order by id")
                .param(certified.id()).query(String.class).list();
        assertThat(periods).hasSize(3);
        LocalDate issued = jdbc.sql("select certificate_issued_on from class_result where case_id = ?").param(certified.id())
                .query(java.sql.Date.class).single().toLocalDate();
        assertThat(issued).isBefore(today);
        CandidateCase overdue = demoCase("Lê Hoàng Phúc");
        assertThat(overdue.overdue()).isTrue();
        assertThat(jdbc.sql("select count(*) from mentoring_report where case_id = ? and overdue = false").param(overdue.id())
                .query(Long.class).single()).isEqualTo(2);
        assertThat(overdue.createdAt().atZone(ZoneId.systemDefault()).toLocalDate()).isBefore(today.minusMonths(3));
    }

    @Test
    void a_restart_loads_no_case_twice() {
        long before = cases.findAll().size();
        demoCases.run(null);
        assertThat(cases.findAll()).hasSize((int) before);
        assertThat(jdbc.sql("select count(*) from candidate_case where id_number = ?").param("087188006624")
                .query(Long.class).single()).isEqualTo(1);
    }

    private CandidateCase demoCase(String fullName) {
        return demoCase(DemoCandidates.ALL.stream().filter(c -> c.fullName().equals(fullName)).findFirst().orElseThrow());
    }

    private CandidateCase demoCase(DemoCandidate candidate) {
        String id = jdbc.sql("select id from candidate_case where id_number = ?").param(candidate.idNumber())
                .query(String.class).single();
        return cases.get(id);
    }
}
