package vn.mamxanh.security;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

@MamXanhTest
class LoginRequiredTest {

    @LocalServerPort
    int port;

    // Wrong-password attempts use members no other test logs in as: the engine delays the next
    // login of an account after a failure.

    @Test
    void engine_rest_answers_401_without_credentials_and_200_with_them() {
        assertThat(HttpTestClient.anonymous(port).get("/engine-rest/engine").status()).isEqualTo(401);
        Response withCredentials = HttpTestClient.basic(port, "bithu.dong").get("/engine-rest/engine");
        assertThat(withCredentials.status()).isEqualTo(200);
        assertThat(withCredentials.json().get(0).get("name").asText()).isEqualTo("default");
    }

    @Test
    void wrong_password_on_the_api_is_a_401_problem_in_vietnamese() {
        Response response = HttpTestClient.basic(port, "dangvien.tay2", "sai-mat-khau").get("/engine-rest/task");
        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
        assertThat(response.json().get("title").asText()).isEqualTo("Chưa đăng nhập");
    }

    @Test
    void unknown_user_gets_the_same_answer_as_a_wrong_password() {
        Response unknown = HttpTestClient.basic(port, "khong.ton.tai", "MamXanh@2026").get("/engine-rest/task");
        Response wrong = HttpTestClient.basic(port, "dangvien.tay2", "sai-mat-khau").get("/engine-rest/task");
        assertThat(unknown.status()).isEqualTo(wrong.status()).isEqualTo(401);
        assertThat(unknown.json().get("detail")).isEqualTo(wrong.json().get("detail"));
    }

    @Test
    void pages_send_an_anonymous_visitor_to_the_login_page() {
        Response tasklist = HttpTestClient.anonymous(port).get("/camunda/app/tasklist/");
        assertThat(tasklist.status()).isEqualTo(302);
        assertThat(tasklist.header("Location")).endsWith("/login");
    }

    @Test
    void wrong_password_on_the_login_page_shows_a_vietnamese_message() {
        HttpTestClient browser = HttpTestClient.anonymous(port);
        Response login = browser.login("dangvien.dong4", "sai-mat-khau");
        assertThat(login.status()).isEqualTo(302);
        assertThat(login.header("Location")).endsWith("/login?error");
        assertThat(browser.get("/login?error").body())
                .contains("Tên đăng nhập hoặc mật khẩu không đúng");
    }

    @Test
    void demo_secretary_logs_in_and_opens_tasklist() {
        HttpTestClient secretary = HttpTestClient.loggedIn(port, "bithu.dong");
        Response tasklist = secretary.get("/camunda/app/tasklist/default/");
        assertThat(tasklist.status()).isEqualTo(200);
        assertThat(tasklist.body()).contains("<html");
        Response whoAmI = secretary.get("/camunda/api/admin/auth/user/default");
        assertThat(whoAmI.status()).isEqualTo(200);
        assertThat(whoAmI.json().get("userId").asText()).isEqualTo("bithu.dong");
    }

    @Test
    void the_app_api_needs_a_login_too() {
        assertThat(HttpTestClient.anonymous(port).get("/api/cases").status()).isEqualTo(401);
    }

    @Test
    void health_is_public_but_metrics_are_for_administrators() {
        assertThat(HttpTestClient.anonymous(port).get("/actuator/health").status()).isEqualTo(200);
        assertThat(HttpTestClient.anonymous(port).get("/actuator/prometheus").status()).isEqualTo(401);
        assertThat(HttpTestClient.basic(port, "bithu.dong").get("/actuator/prometheus").status()).isEqualTo(403);
        Response metrics = HttpTestClient.basic(port, "quantri").get("/actuator/prometheus");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.body()).contains("jvm_memory_used_bytes");
    }
}
