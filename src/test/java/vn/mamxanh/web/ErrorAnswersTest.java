package vn.mamxanh.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

@MamXanhTest
class ErrorAnswersTest {

    @LocalServerPort
    int port;

    @Test
    void an_unknown_address_is_a_404_problem_detail_in_vietnamese() {
        Response response = HttpTestClient.basic(port, "bithu.dong").get("/api/khong-co-dia-chi-nay");
        assertThat(response.status()).isEqualTo(404);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("title").asText()).isEqualTo("Không tìm thấy");
        assertThat(response.json().get("status").asInt()).isEqualTo(404);
    }

    @Test
    void an_unknown_page_is_a_vietnamese_404_page_for_a_person() {
        HttpTestClient secretary = HttpTestClient.loggedIn(port, "bithu.dong");
        Response page = secretary.get("/trang-khong-ton-tai", "text/html");
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.body()).contains("Không tìm thấy").doesNotContain("Whitelabel");
    }

    @Test
    void a_malformed_request_to_the_engine_shows_no_stack_trace() {
        Response response = HttpTestClient.basic(port, "bithu.dong")
                .postJson("/engine-rest/process-definition/key/candidate-admission/start", "{ this is not json");
        assertThat(response.status()).isBetween(400, 499);
        assertThat(response.body()).doesNotContain("\tat ").doesNotContain("java.lang.");
    }
}
