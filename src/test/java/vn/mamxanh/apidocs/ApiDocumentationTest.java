package vn.mamxanh.apidocs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.fasterxml.jackson.databind.JsonNode;

import vn.mamxanh.testing.HttpTestClient;
import vn.mamxanh.testing.HttpTestClient.Response;
import vn.mamxanh.testing.MamXanhTest;

@MamXanhTest
class ApiDocumentationTest {

    @LocalServerPort
    int port;

    @Test
    void an_anonymous_visitor_gets_neither_the_document_nor_swagger_ui() {
        HttpTestClient anonymous = HttpTestClient.anonymous(port);
        for (String path : List.of("/v3/api-docs", "/swagger-ui.html", "/swagger-ui/index.html")) {
            Response response = anonymous.get(path);
            assertThat(response.status()).as(path).isEqualTo(302);
            assertThat(response.header("Location")).as(path).endsWith("/login");
        }
    }

    @Test
    void a_logged_in_secretary_reads_the_app_api_described_in_vietnamese() {
        HttpTestClient secretary = HttpTestClient.loggedIn(port, "bithu.dong");
        Response response = secretary.get("/v3/api-docs");
        assertThat(response.status()).isEqualTo(200);
        JsonNode document = response.json();
        assertThat(document.at("/info/title").asText()).contains("Mầm Xanh");
        List<String> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/cases", "/api/cases/{id}", "/api/cases/{caseId}/tasks/{taskId}/complete",
                "/api/cases/{caseId}/withdrawal", "/api/audit/search", "/api/admin/units", "/api/calendar/holidays");
        assertThat(paths).allMatch(path -> path.startsWith("/api/"));
        assertThat(document.at("/paths/~1api~1cases/post/summary").asText()).isEqualTo("Giới thiệu quần chúng ưu tú");
        assertThat(document.at("/components/securitySchemes/dangNhapCoBan/scheme").asText()).isEqualTo("basic");

        Response ui = secretary.get("/swagger-ui/index.html");
        assertThat(ui.status()).isEqualTo(200);
        assertThat(ui.body()).contains("swagger-ui");
    }
}
