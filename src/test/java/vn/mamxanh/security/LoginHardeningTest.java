package vn.mamxanh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

@MamXanhTest
class LoginHardeningTest {

    @LocalServerPort
    int port;
    @Autowired
    IdentityService identity;
    @Autowired
    CaseRepository caseRepository;
    @Autowired
    RepositoryService repository;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;

    @Test
    void passwords_are_stored_as_bcrypt_hashes() {
        String user = AccessFixtures.newPerson(HttpTestClient.basic(port, "quantri"), "bam.thu", "cb-thon-tay");
        UserEntity stored = (UserEntity) identity.createUserQuery().userId(user).singleResult();
        assertThat(stored.getPassword()).startsWith("{BCRYPT}$2");
        assertThat(HttpTestClient.basic(port, user).get("/engine-rest/engine").status()).isEqualTo(200);
    }

    @Test
    void the_password_policy_holds_on_the_engine_api_too() {
        Response weak = HttpTestClient.basic(port, "quantri").postJson("/engine-rest/user/create",
                Map.of("profile", Map.of("id", "yeu.engine", "firstName", "Yếu", "lastName", "Mật khẩu"),
                        "credentials", Map.of("password", "abc")));
        assertThat(weak.status()).isEqualTo(400);
        assertThat(weak.json().get("field").asText()).isEqualTo("password");
        assertThat(weak.json().get("message").asText()).contains("ít nhất 10 ký tự");
        assertThat(identity.createUserQuery().userId("yeu.engine").count()).isZero();
    }

    @Test
    void logging_out_of_tasklist_ends_the_session_everywhere() {
        HttpTestClient browser = HttpTestClient.loggedIn(port, "bithu.dong");
        assertThat(browser.get("/camunda/app/tasklist/default/").status()).isEqualTo(200);
        assertThat(browser.get("/camunda/api/admin/auth/user/default").status()).isEqualTo(200);

        Response logout = browser.postJsonAsWebapp("/camunda/api/admin/auth/user/default/logout", Map.of());
        assertThat(logout.status()).isEqualTo(204);

        assertThat(browser.get("/camunda/api/admin/auth/user/default").status()).isNotEqualTo(200);
        Response tasklist = browser.get("/camunda/app/tasklist/default/");
        assertThat(tasklist.status()).isEqualTo(302);
        assertThat(tasklist.header("Location")).endsWith("/login");
    }

    @Test
    void logging_out_of_the_app_ends_the_session() {
        HttpTestClient browser = HttpTestClient.loggedIn(port, "bithu.tay");
        String csrf = browser.get("/login").body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        Response logout = browser.postForm("/logout", Map.of("_csrf", csrf));
        assertThat(logout.status()).isEqualTo(302);
        assertThat(logout.header("Location")).endsWith("/login?logout");
        assertThat(browser.get("/camunda/app/tasklist/default/").header("Location")).endsWith("/login");
    }

    @Test
    void camundas_own_login_cannot_be_used_to_get_past_the_lockout() {
        HttpTestClient browser = HttpTestClient.loggedIn(port, "chiuy.tay");
        browser.get("/camunda/app/tasklist/default/");
        Response login = browser.postForm("/camunda/api/admin/auth/user/default/login/tasklist",
                Map.of("username", "bithu.tay", "password", "doan-thu"));
        assertThat(login.status()).isEqualTo(403);
    }

    @Test
    void pages_carry_security_headers_and_a_session_cookie_scripts_cannot_read() {
        Response login = HttpTestClient.anonymous(port).get("/login");
        assertThat(login.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(login.header("X-Frame-Options")).isEqualTo("SAMEORIGIN");
        assertThat(login.header("Content-Security-Policy")).contains("default-src 'self'").contains("frame-ancestors 'self'");
        assertThat(login.header("Referrer-Policy")).isEqualTo("same-origin");
        assertThat(login.header("Cache-Control")).contains("no-store");
        assertThat(login.header("Set-Cookie")).contains("HttpOnly");
    }

    @Test
    void tasklist_offers_ready_made_filters_that_show_only_the_own_branch() {
        AccessFixtures fixtures = new AccessFixtures(caseRepository, repository, runtime, taskService);
        String own = fixtures.openCase("cb-thon-dong", null);
        String other = fixtures.openCase("cb-thon-tay", null);
        HttpTestClient secretary = HttpTestClient.basic(port, "bithu.dong");
        JsonNode filters = secretary.get("/engine-rest/filter").json();
        assertThat(filters).extracting(filter -> filter.get("name").asText())
                .contains("Việc của tôi", "Việc của chi bộ tôi", "Báo cáo giúp đỡ đến hạn", "Toàn bộ việc trong phạm vi");
        String branchFilter = null;
        for (JsonNode filter : filters) {
            if (filter.get("name").asText().equals("Việc của chi bộ tôi")) {
                branchFilter = filter.get("id").asText();
            }
        }
        JsonNode work = secretary.get("/engine-rest/filter/" + branchFilter + "/list?maxResults=1000").json();
        String ownTask = fixtures.task(own, AccessFixtures.BRANCH_STEP).getId();
        String otherTask = fixtures.task(other, AccessFixtures.BRANCH_STEP).getId();
        assertThat(work).extracting(task -> task.get("id").asText()).contains(ownTask).doesNotContain(otherTask);
    }
}
