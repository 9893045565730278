package vn.mamxanh.reliability;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import vn.mamxanh.testing.HttpTestClient;

/**
 * One person's browser session (one cookie jar) sending each request to whichever node it is told,
 * as a load balancer without stickiness would: the session cookie set by one node is sent to the other.
 */
final class BrowserSession {

    private final CookieManager cookies = new CookieManager();
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).connectTimeout(Duration.ofSeconds(10))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    /** Logs in through the login page of one node. */
    BrowserSession logIn(AppNode node, String user) {
        String page = get(node, "/login").body();
        String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        String form = "username=" + encode(user) + "&password=" + encode(HttpTestClient.DEMO_PASSWORD) + "&_csrf=" + encode(csrf);
        HttpResponse<String> login = send(HttpRequest.newBuilder(URI.create(node.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
        if (login.statusCode() != 302 || login.headers().firstValue("Location").orElse("").contains("error")) {
            throw new IllegalStateException("Login as " + user + " on " + node.name() + " failed: " + login.statusCode());
        }
        return this;
    }

    HttpResponse<String> get(AppNode node, String path) {
        return send(HttpRequest.newBuilder(URI.create(node.base() + path)).header("Accept", "text/html,application/json").GET());
    }

    /** A JSON POST as the Camunda webapps send it, with the XSRF token of the session echoed in a header. */
    HttpResponse<String> postAsWebapp(AppNode node, String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(node.base() + path)).header("Content-Type", "application/json")
                .header("Accept", "application/json").header("X-XSRF-TOKEN", cookie("XSRF-TOKEN"))
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    /** Logs out through the app's logout form on one node. */
    HttpResponse<String> logOut(AppNode node) {
        String page = get(node, "/cases").body();
        String csrf = page.replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
        return send(HttpRequest.newBuilder(URI.create(node.base() + "/logout"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf))));
    }

    String cookie(String name) {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals(name))
                .map(HttpCookie::getValue).findFirst().orElse("");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
