package vn.mamxanh.bench;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * One user's connection to a server: an API client sending HTTP Basic on every call, or a person
 * logged in through the login page with a session cookie, as a browser would.
 */
final class Http {

    static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"[^>]*value=\"([^\"]+)\"");

    record Response(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException notJson) {
                throw new IllegalStateException("Not JSON (" + status + "): " + body.substring(0, Math.min(300, body.length())));
            }
        }

        boolean ok() {
            return status >= 200 && status < 300;
        }
    }

    private final String base;
    private final String user;
    private final String authorization;
    private final HttpClient client;

    private Http(String base, String user, String password, boolean session) {
        this.base = base;
        this.user = user;
        this.authorization = session || user == null ? null
                : "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER);
        if (session) {
            builder.cookieHandler(new CookieManager());
        }
        this.client = builder.build();
    }

    /** No credentials at all, as a load balancer's health probe. */
    static Http anonymous(String base) {
        return new Http(base, null, null, false);
    }

    static Http basic(String base, String user, String password) {
        return new Http(base, user, password, false);
    }

    /** Logs in at /login as a person does: fetch the form (CSRF token), post it, keep the session cookie. */
    static Http session(String base, String user, String password) throws IOException, InterruptedException {
        Http http = new Http(base, user, password, true);
        Response form = http.get("/login");
        Matcher token = CSRF.matcher(form.body());
        if (!token.find()) {
            throw new IllegalStateException("No CSRF token on the login page");
        }
        String body = "username=" + encode(user) + "&password=" + encode(password) + "&_csrf=" + encode(token.group(1));
        HttpResponse<String> login = http.client.send(HttpRequest.newBuilder(URI.create(base + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        String location = login.headers().firstValue("Location").orElse("");
        if (login.statusCode() != 302 || location.contains("error")) {
            throw new IllegalStateException("Login refused for " + user + ": " + login.statusCode() + " " + location);
        }
        return http;
    }

    String user() {
        return user;
    }

    Response get(String path) throws IOException, InterruptedException {
        return send(request(path).GET().build());
    }

    Response postJson(String path, Object body) throws IOException, InterruptedException {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "application/json, text/html");
        if (authorization != null) {
            builder.header("Authorization", authorization);
        }
        return builder;
    }

    private Response send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
        return new Response(response.statusCode(), response.body());
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
