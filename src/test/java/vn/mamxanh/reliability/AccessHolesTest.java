package vn.mamxanh.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseJourney.Candidate;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.testing.CaseFixtures;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/** The holes a careful tester found in who reads a case, each closed where it opened. */
@MamXanhTest
class AccessHolesTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    CaseFixtures fixtures;

    @Test
    void Access_a_case_introduced_through_the_start_form_is_readable_by_exactly_its_readers_from_its_first_step() {
        Map<String, Object> variables = new HashMap<>();
        Candidate.standard().json().forEach((name, value) -> variables.put(name, Map.of("value", value)));
        Response started = HttpTestClient.basic(port, "doan.anhoa")
                .postJson("/engine-rest/process-definition/key/candidate-admission/submit-form", Map.of("variables", variables));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        String caseId = started.json().get("businessKey").asText();
        String instanceId = started.json().get("id").asText();

        for (String reader : List.of("bithu.dong", "chiuy.dong", "doan.anhoa", "ubkt.kiemtra", "danguy.anhoa1")) {
            Response read = HttpTestClient.basic(port, reader).get("/api/cases/" + caseId);
            assertThat(read.status()).as(reader + " reads the case").isEqualTo(200);
            Response history = HttpTestClient.basic(port, reader).get("/engine-rest/history/process-instance?processInstanceId=" + instanceId);
            assertThat(history.json()).as(reader + " sees the main instance's history").hasSize(1);
        }
        for (String outsider : List.of("bithu.tay", "dangvien.tay1")) {
            assertThat(HttpTestClient.basic(port, outsider).get("/api/cases/" + caseId).status()).as(outsider).isEqualTo(404);
            assertThat(HttpTestClient.basic(port, outsider)
                    .get("/engine-rest/history/process-instance?processInstanceId=" + instanceId).json()).as(outsider).isEmpty();
        }
    }

    @Test
    void Access_the_administrator_cannot_give_any_account_access_to_case_contents_through_identity_or_authorization_writes() {
        HttpTestClient administrator = HttpTestClient.basic(port, "quantri");
        String user = CaseFixtures.unique("ngoai").toLowerCase().replaceAll("[^a-z0-9]", "");
        Response created = administrator.postJson("/engine-rest/user/create", Map.of(
                "profile", Map.of("id", user, "firstName", "Người", "lastName", "Ngoài", "email", user + "@example.invalid"),
                "credentials", Map.of("password", "Ngoai@2026x")));
        assertThat(created.status()).as("an account may be created: " + created.body()).isEqualTo(204);
        assertThat(jdbc.sql("select count(*) from audit_journal where action = 'IDENTITY_CHANGED' and details like ?")
                .param("%" + user + "%").query(Long.class).single()).as("journalled").isPositive();

        for (int resourceType : List.of(6, 7, 8, 19, 20)) {
            for (String account : List.of(user, "quantri")) {
                Response grant = administrator.postJson("/engine-rest/authorization/create", Map.of("type", 1,
                        "permissions", List.of("ALL"), "userId", account, "resourceType", resourceType, "resourceId", "*"));
                assertThat(grant.status()).as("grant on resource " + resourceType + " to " + account + ": " + grant.body())
                        .isEqualTo(403);
                assertThat(grant.json().path("field").asText()).isEqualTo("resourceType");
            }
        }
        for (String account : List.of(user, "quantri")) {
            for (String group : List.of("cb-thon-dong.secretary", "ubkt-thanh-binh.auditor", "du-an-hoa.committee")) {
                Response member = administrator.putJson("/engine-rest/group/" + group + "/members/" + account, "");
                assertThat(member.status()).as(account + " into " + group + ": " + member.body()).isEqualTo(403);
                assertThat(member.json().path("field").asText()).isEqualTo("groupId");
            }
        }
        Response readerGroup = administrator.postJson("/engine-rest/group/create",
                Map.of("id", "cb-thon-dong.committee2", "name", "Chi ủy giả", "type", "WORKFLOW"));
        assertThat(readerGroup.status()).isEqualTo(403);

        HttpTestClient outsider = HttpTestClient.basic(port, user, "Ngoai@2026x");
        assertThat(outsider.get("/api/cases").json()).as("cases the new account reads").isEmpty();
        assertThat(outsider.get("/engine-rest/history/process-instance/count").json().path("count").asLong()).isZero();
        assertThat(outsider.get("/engine-rest/task/count").json().path("count").asLong()).isZero();
        assertThat(jdbc.sql("select count(*) from act_id_membership where user_id_ = ?").param(user).query(Long.class).single())
                .isZero();

        Response admin = administrator.putJson("/engine-rest/group/camunda-admin/members/" + user, "");
        assertThat(admin.status()).as("making an administrator is administration: " + admin.body()).isEqualTo(204);
    }

    @Test
    void Access_not_found_and_not_yours_get_the_same_answer_on_pages_and_apis() {
        CandidateCase west = fixtures.openCase(DemoOrganisation.BRANCH_WEST, "Lâm Thị Tây " + CaseFixtures.unique("p"), CaseStage.DOSSIER);
        String unknown = "HS-2026-999999";
        HttpTestClient page = HttpTestClient.loggedIn(port, "bithu.dong");
        Response notYoursPage = page.get("/cases/" + west.id(), "text/html");
        Response unknownPage = page.get("/cases/" + unknown, "text/html");
        assertThat(notYoursPage.status()).isEqualTo(404).isEqualTo(unknownPage.status());
        assertThat(notYoursPage.body().replace(west.id(), "ID")).isEqualTo(unknownPage.body().replace(unknown, "ID"));
        assertThat(notYoursPage.body()).doesNotContain(west.fullName());

        HttpTestClient api = HttpTestClient.basic(port, "bithu.dong");
        for (String[] route : new String[][] {{"GET", "/api/cases/%s"}, {"POST", "/api/cases/%s/withdrawal"},
                {"POST", "/api/cases/%s/tasks/x/complete"}, {"POST", "/cases/%s/tasks/x/complete"}}) {
            Response notYours = call(route[1].startsWith("/api") ? api : page, route[0], route[1].formatted(west.id()));
            Response none = call(route[1].startsWith("/api") ? api : page, route[0], route[1].formatted(unknown));
            assertThat(notYours.status()).as(route[1] + " " + notYours.body()).isEqualTo(none.status()).isIn(404);
            assertThat(notYours.body().replace(west.id(), "ID")).as(route[1]).isEqualTo(none.body().replace(unknown, "ID"));
        }
    }

    private static Response call(HttpTestClient client, String method, String path) {
        if ("GET".equals(method)) {
            return client.get(path);
        }
        if (path.startsWith("/api")) {
            return client.postJson(path, Map.of("reason", "Quần chúng xin rút vì lý do gia đình."));
        }
        String csrf = client.get("/cases").body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        return client.postForm(path, Map.of("_csrf", csrf));
    }
}
