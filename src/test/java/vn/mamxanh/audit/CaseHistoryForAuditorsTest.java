package vn.mamxanh.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.mamxanh.audit.AuditTestCases.as;
import static vn.mamxanh.audit.AuditTestCases.at;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.fasterxml.jackson.databind.JsonNode;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

@MamXanhTest
class CaseHistoryForAuditorsTest {

    @LocalServerPort
    int port;
    @Autowired
    ProcessEngine engine;
    @Autowired
    CaseRepository cases;
    @Autowired
    AuditJournal journal;
    @Autowired
    JdbcClient jdbc;

    @Test
    void the_auditor_sees_every_step_of_a_case_in_order_with_user_role_time_and_data() {
        String caseId = AuditTestCases.newCase(cases, DemoOrganisation.BRANCH_EAST, "Đặng Thị Hoa");

        at("2026-03-02T08:00:00");
        as(engine, "doan.anhoa", () -> {
            journal.record(CaseEvent.of(caseId, AuditAction.CASE_INTRODUCED, Map.of("introducedBy", "doan-an-hoa")));
            engine.getRuntimeService().startProcessInstanceByKey("candidate-admission", caseId,
                    Map.of("caseId", caseId, "branchId", DemoOrganisation.BRANCH_EAST));
        });
        Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseId).singleResult();

        at("2026-03-03T09:15:00");
        HttpTestClient secretary = HttpTestClient.basic(port, "bithu.dong");
        assertThat(secretary.postJson("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "bithu.dong")).status())
                .isEqualTo(204);

        at("2026-03-04T10:30:00");
        as(engine, "chiuy.dong", () -> journal.record(CaseEvent.of(caseId, AuditAction.CASE_CHANGED,
                Map.of("verification", "Không có vấn đề bất lợi"))));

        at("2026-03-05T14:00:00");
        Response completed = secretary.postJson("/engine-rest/task/" + task.getId() + "/complete", Map.of("variables", Map.of(
                "intakeDecision", Map.of("value", "DECLINE", "type", "String"),
                "declineReason", Map.of("value", "Chưa đủ điều kiện tạo nguồn", "type", "String"))));
        assertThat(completed.status()).as(completed.body()).isEqualTo(204);

        Response answer = HttpTestClient.basic(port, "ubkt.kiemtra").get("/api/audit/cases/" + caseId);
        assertThat(answer.status()).isEqualTo(200);
        JsonNode history = answer.json();
        assertThat(history.get("candidateName").asText()).isEqualTo("Đặng Thị Hoa");

        List<String> steps = new ArrayList<>();
        for (JsonNode line : history.get("lines")) {
            steps.add(String.join(" | ", line.get("time").asText(), line.get("action").asText(), line.get("actor").asText(),
                    line.get("role").asText("")));
        }
        String intro = "02/03/2026 08:00:00";
        String representative = "doan-an-hoa.representative";
        String asSecretary = "cb-thon-dong.secretary";
        assertThat(steps).containsExactly(
                intro + " | CASE_INTRODUCED | doan.anhoa | " + representative,
                intro + " | PROCESS_STARTED | doan.anhoa | " + representative,
                intro + " | DATA_RECORDED | doan.anhoa | " + representative,
                intro + " | DATA_RECORDED | doan.anhoa | " + representative,
                // the process moves the case into its first stage
                intro + " | CASE_CHANGED | doan.anhoa | " + representative,
                intro + " | TASK_CREATED | doan.anhoa | " + representative,
                "03/03/2026 09:15:00 | TASK_CLAIMED | bithu.dong | cb-thon-dong.secretary",
                "04/03/2026 10:30:00 | CASE_CHANGED | chiuy.dong | cb-thon-dong.committee",
                // bithu.dong is also on the branch committee, but acts here as the secretary whose task this is
                "05/03/2026 14:00:00 | DATA_RECORDED | bithu.dong | " + asSecretary,
                "05/03/2026 14:00:00 | DATA_RECORDED | bithu.dong | " + asSecretary,
                // the intake listener's decision: not accepted into the pool, and the case ends
                "05/03/2026 14:00:00 | DECISION_TAKEN | bithu.dong | " + asSecretary,
                "05/03/2026 14:00:00 | CASE_ENDED | bithu.dong | " + asSecretary,
                "05/03/2026 14:00:00 | DATA_RECORDED | bithu.dong | " + asSecretary,
                "05/03/2026 14:00:00 | TASK_COMPLETED | bithu.dong | " + asSecretary,
                "05/03/2026 14:00:00 | PROCESS_ENDED | bithu.dong | " + asSecretary);

        JsonNode lines = history.get("lines");
        JsonNode completion = lines.get(13);
        assertThat(completion.get("step").asText()).isEqualTo("Xét tiếp nhận quần chúng vào nguồn");
        assertThat(completion.get("actorName").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(completion.get("roleLabel").asText()).isEqualTo("Bí thư - Chi bộ thôn Đông");
        assertThat(completion.get("details").asText()).contains("intakeDecision = DECLINE", "declineReason = Chưa đủ điều kiện tạo nguồn", "accepted = false");
        assertThat(lines.get(6).get("details").asText()).contains("assignee: bithu.dong");
        assertThat(lines.get(7).get("details").asText()).isEqualTo("verification: Không có vấn đề bất lợi");
        assertThat(lines.get(5).get("details").asText()).contains("candidateGroups: cb-thon-dong.secretary");
        assertThat(lines.get(11).get("details").asText()).contains("reason: Chi bộ không tiếp nhận vào nguồn: Chưa đủ điều kiện tạo nguồn");
        assertThat(lines.get(14).get("details").asText()).contains("endActivityId: ", "end: ");
        long previous = 0;
        for (JsonNode line : lines) {
            assertThat(line.get("seq").asLong()).as("entries are in the order they were written").isGreaterThan(previous);
            assertThat(line.get("caseId").asText()).isEqualTo(caseId);
            assertThat(line.get("unitId").asText()).isEqualTo(DemoOrganisation.BRANCH_EAST);
            previous = line.get("seq").asLong();
        }
    }

    @Test
    void the_history_page_shows_the_case_in_vietnamese_to_the_auditor_only() {
        String caseId = AuditTestCases.newCase(cases, DemoOrganisation.BRANCH_WEST, "Lò Văn Khánh");
        as(engine, "bithu.tay", () -> journal.record(CaseEvent.of(caseId, AuditAction.MENTOR_CHANGED,
                Map.of("mentor", "dangvien.tay1", "previousMentor", "dangvien.tay2"))));

        Response page = HttpTestClient.loggedIn(port, "ubkt.kiemtra").get("/audit/cases/" + caseId, "text/html");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("Lịch sử hồ sơ " + caseId, "Lò Văn Khánh", "Thay đổi đảng viên giúp đỡ",
                "Đặng Văn Hùng", "Bí thư - Chi bộ thôn Tây", "<dt>Đảng viên giúp đỡ</dt><dd>Đỗ Văn Minh</dd>",
                "<dt>Đảng viên giúp đỡ trước đó</dt><dd>Ngô Thị Nga</dd>");
        assertThat(page.body()).as("people by name, not login").doesNotContain("dangvien.tay1", "(bithu.tay)");

        assertThat(HttpTestClient.loggedIn(port, "bithu.tay").get("/audit/cases/" + caseId, "text/html").status())
                .as("a secretary is no auditor").isEqualTo(403);
        assertThat(HttpTestClient.basic(port, "bithu.tay").get("/api/audit/cases/" + caseId).status()).isEqualTo(403);
        assertThat(HttpTestClient.basic(port, "ubkt.kiemtra").get("/api/audit/cases/HS-1999-999999").status())
                .isEqualTo(404);
    }

    @Test
    void a_task_outside_any_case_is_journalled_too() {
        Task loose = engine.getTaskService().newTask();
        loose.setName("Việc không thuộc hồ sơ");
        engine.getTaskService().saveTask(loose);
        engine.getTaskService().complete(loose.getId());
        assertThat(jdbc.sql("select action from audit_journal where task_id = ? order by seq").param(loose.getId())
                .query(String.class).list()).containsExactly("TASK_CREATED", "TASK_COMPLETED");
    }
}
