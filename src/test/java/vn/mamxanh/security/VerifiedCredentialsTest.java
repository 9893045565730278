package vn.mamxanh.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mamxanh.security.login.VerifiedCredentials;
import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.MamXanhTest;

/**
 * API clients send their password with every request; after one BCrypt check it is taken as checked
 * for a while, but never past a change of password, a lockout or the time to live.
 */
@MamXanhTest
class VerifiedCredentialsTest {

    private static final String NEW_PASSWORD = "MatKhauMoi2027";

    @LocalServerPort
    int port;
    @Autowired
    VerifiedCredentials verified;
    @Autowired
    SecuritySettings settings;

    @Test
    void a_password_that_passed_once_is_taken_as_checked_on_the_next_request() {
        String user = AccessFixtures.newPerson(HttpTestClient.basic(port, "quantri"), "nho.dung", "cb-thon-tay");
        assertThat(verified.recentlyVerified(user, HttpTestClient.DEMO_PASSWORD, verified.account(user).orElseThrow())).isFalse();

        assertThat(HttpTestClient.basic(port, user).get("/engine-rest/task").status()).isEqualTo(200);

        assertThat(verified.recentlyVerified(user, HttpTestClient.DEMO_PASSWORD, verified.account(user).orElseThrow())).isTrue();
        assertThat(HttpTestClient.basic(port, user).get("/engine-rest/task").status()).isEqualTo(200);
    }

    @Test
    void a_wrong_password_is_never_remembered_and_still_counts_towards_the_lockout() {
        String user = AccessFixtures.newPerson(HttpTestClient.basic(port, "quantri"), "nho.sai", "cb-thon-tay");
        assertThat(HttpTestClient.basic(port, user).get("/engine-rest/task").status()).isEqualTo(200);
        for (int i = 0; i < 2; i++) {
            assertThat(HttpTestClient.basic(port, user, "Sai-Mat-Khau-1").get("/engine-rest/task").status()).isEqualTo(401);
        }
        assertThat(verified.recentlyVerified(user, "Sai-Mat-Khau-1", verified.account(user).orElseThrow())).isFalse();
        assertThat(verified.account(user).orElseThrow().failures()).isEqualTo(2);

        // The remembered good password still answers, and starts the count again, as a checked one does.
        assertThat(HttpTestClient.basic(port, user).get("/engine-rest/task").status()).isEqualTo(200);
        assertThat(verified.account(user).orElseThrow().failures()).isZero();
    }

    @Test
    void a_changed_password_ends_the_remembered_one_at_once() {
        HttpTestClient admin = HttpTestClient.basic(port, "quantri");
        String user = AccessFixtures.newPerson(admin, "nho.doi", "cb-thon-tay");
        assertThat(HttpTestClient.basic(port, user).get("/engine-rest/task").status()).isEqualTo(200);

        var changed = admin.putJson("/engine-rest/user/" + user + "/credentials",
                Map.of("password", NEW_PASSWORD, "authenticatedUserPassword", HttpTestClient.DEMO_PASSWORD));
        assertThat(changed.status()).isEqualTo(204);

        assertThat(HttpTestClient.basic(port, user).get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(HttpTestClient.basic(port, user, NEW_PASSWORD).get("/engine-rest/task").status()).isEqualTo(200);
    }

    @Test
    void a_locked_account_is_refused_even_with_a_remembered_password() {
        String user = AccessFixtures.newPerson(HttpTestClient.basic(port, "quantri"), "nho.khoa", "cb-thon-tay");
        assertThat(HttpTestClient.basic(port, user).get("/engine-rest/task").status()).isEqualTo(200);
        for (int i = 0; i < settings.lockout().maxFailures(); i++) {
            assertThat(HttpTestClient.basic(port, user, "Sai-Mat-Khau-" + i).get("/engine-rest/task").status()).isEqualTo(401);
        }

        assertThat(HttpTestClient.basic(port, user).get("/engine-rest/task").status()).isEqualTo(401);
    }

    @Test
    void a_remembered_password_is_checked_again_after_the_time_to_live() {
        String user = AccessFixtures.newPerson(HttpTestClient.basic(port, "quantri"), "nho.het", "cb-thon-tay");
        assertThat(HttpTestClient.basic(port, user).get("/engine-rest/task").status()).isEqualTo(200);

        ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(settings.verifiedCredentials().timeToLive()).plusSeconds(1)));

        assertThat(verified.recentlyVerified(user, HttpTestClient.DEMO_PASSWORD, verified.account(user).orElseThrow())).isFalse();
        assertThat(HttpTestClient.basic(port, user).get("/engine-rest/task").status()).isEqualTo(200);
    }
}
