package vn.mamxanh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

/** Brute force: a run of wrong passwords locks the account for the configured time, and says nothing about it. */
@MamXanhTest
class LoginLockoutTest {

    @LocalServerPort
    int port;
    @Autowired
    SecuritySettings settings;

    @Test
    void the_configured_number_of_wrong_passwords_locks_the_account_for_the_configured_time() {
        String user = AccessFixtures.newPerson(HttpTestClient.basic(port, "quantri"), "khoa.thu", "cb-thon-tay");
        int maxFailures = settings.lockout().maxFailures();
        for (int i = 0; i < maxFailures; i++) {
            assertThat(HttpTestClient.basic(port, user, "Sai-Mat-Khau-" + i).get("/engine-rest/task").status()).isEqualTo(401);
        }

        Response locked = HttpTestClient.basic(port, user).get("/engine-rest/task");
        Response unknown = HttpTestClient.basic(port, "khong.co.ai", HttpTestClient.DEMO_PASSWORD).get("/engine-rest/task");
        assertThat(locked.status()).isEqualTo(401);
        assertThat(locked.body()).isEqualTo(unknown.body().replace("khong.co.ai", user));
        assertThat(locked.json().get("detail")).isEqualTo(unknown.json().get("detail"));
        HttpTestClient browser = HttpTestClient.anonymous(port);
        assertThat(browser.login(user, HttpTestClient.DEMO_PASSWORD).header("Location")).endsWith("/login?error");

        ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(settings.lockout().duration()).minusSeconds(60)));
        assertThat(HttpTestClient.basic(port, user).get("/engine-rest/task").status()).isEqualTo(401);

        ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(settings.lockout().duration()).plusSeconds(60)));
        assertThat(HttpTestClient.basic(port, user).get("/engine-rest/task").status()).isEqualTo(200);
    }

    @Test
    void fewer_failures_than_the_limit_do_not_lock_and_a_good_login_starts_the_count_again() {
        String user = AccessFixtures.newPerson(HttpTestClient.basic(port, "quantri"), "khoa.gan", "cb-thon-tay");
        int maxFailures = settings.lockout().maxFailures();
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < maxFailures - 1; i++) {
                assertThat(HttpTestClient.basic(port, user, "Sai-Mat-Khau-" + i).get("/engine-rest/task").status()).isEqualTo(401);
            }
            assertThat(HttpTestClient.basic(port, user).get("/engine-rest/task").status()).isEqualTo(200);
        }
    }
}
