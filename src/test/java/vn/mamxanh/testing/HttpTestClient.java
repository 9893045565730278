package vn.mamxanh.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Talks to the running application over real HTTP, either as a machine (HTTP Basic) or as a person
 * in a browser-like session (form login, cookies, CSRF token from the page).
 */
public final class HttpTestClient {

    public static final String DEMO_PASSWORD = "MamXanh@2026";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final HttpClient client;
    private final CookieManager cookies;
    private final String basicAuthorization;

    private HttpTestClient(int port, String user, String password, boolean session) {
        this.base = "http://localhost:" + port;
        HttpClient.Builder builder = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER);
        this.cookies = session ? new CookieManager() : null;
        if (session) {
            builder.cookieHandler(cookies);
        }
        this.client = builder.build();
        this.basicAuthorization = user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    public static HttpTestClient anonymous(int port) {
        return new HttpTestClient(port, null, null, true);
    }

    public static HttpTestClient basic(int port, String user) {
        return basic(port, user, DEMO_PASSWORD);
    }

    public static HttpTestClient basic(int port, String user, String password) {
        return new HttpTestClient(port, user, password, false);
    }

    /** A browser-like session after logging in through the login page. */
    public static HttpTestClient loggedIn(int port, String user) {
        HttpTestClient session = anonymous(port);
        Response login = session.login(user, DEMO_PASSWORD);
        if (login.status() != 302 || login.header("Location").contains("error")) {
            throw new IllegalStateException("Login as " + user + " failed: " + login.status() + " " + login.header("Location"));
        }
        return session;
    }

    public Response login(String user, String password) {
        String page = get("/login").body();
        String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        return postForm("/login", Map.of("username", user, "password", password, "_csrf", csrf));
    }

    public Response get(String path) {
        return send(request(path).GET());
    }

    public Response get(String path, String accept) {
        return send(request(path).header("Accept", accept).GET());
    }

    /** For downloads (CSV, PDF), whose bytes matter. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public Response postJson(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    public Response putJson(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    /** A cookie the server set in this session, e.g. the webapps' XSRF-TOKEN. */
    public String cookie(String name) {
        return cookies == null ? "" : cookies.getCookieStore().getCookies().stream()
                .filter(cookie -> cookie.getName().equals(name)).map(java.net.HttpCookie::getValue).findFirst().orElse("");
    }

    /** A JSON POST the way the Camunda webapps send it: with the XSRF token echoed in a header. */
    public Response postJsonAsWebapp(String path, Object body) {
        return send(request(path).header("Content-Type", "application/json").header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(toJson(body))));
    }

    public Response delete(String path) {
        return send(request(path).DELETE());
    }

    public Response postForm(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** A form body already encoded, for fields that repeat (several ticked checkboxes). */
    public Response postFormRaw(String path, String encodedForm) {
        return send(request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(encodedForm)));
    }

    /** A multipart form with one file, as a browser uploads it. */
    public Response postMultipart(String path, Map<String, String> fields, String fileField, String fileName,
                                  String contentType, byte[] content) {
        String boundary = "----MamXanhTest" + System.nanoTime();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        try {
            for (Map.Entry<String, String> field : fields.entrySet()) {
                body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field.getKey() + "\"\r\n\r\n"
                        + field.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
            }
            body.write(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.write(content);
            body.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return send(request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
        if (basicAuthorization != null) {
            builder.header("Authorization", basicAuthorization);
        }
        return builder;
    }

    private Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String toJson(Object body) {
        try {
            return body instanceof String text ? text : JSON.writeValueAsString(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Response(HttpResponse<String> raw) {

        public int status() {
            return raw.statusCode();
        }

        public String body() {
            return raw.body();
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse("");
        }

        public JsonNode json() {
            try {
                return JSON.readTree(raw.body());
            } catch (IOException e) {
                throw new UncheckedIOException("Not JSON: " + raw.body(), e);
            }
        }
    }
}
