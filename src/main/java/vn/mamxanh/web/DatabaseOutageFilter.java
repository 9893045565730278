package vn.mamxanh.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;
import org.springframework.web.util.HtmlUtils;

/**
 * While the database cannot be reached, every request is answered 503 with a Vietnamese problem
 * detail (a Vietnamese page for browsers) and a {@code Retry-After}, never a 500, a 401 or a stack
 * trace: nothing was stored, and the same request can be sent again once the database is back. The
 * pool reconnects by itself; this filter holds no state about the outage.
 *
 * <p>It stands in front of every other filter (sessions and logins read the database too). Failures
 * that reach it as exceptions are recognised by their cause ({@link DatabaseFailures}). The engine
 * REST API and the webapps' copy of it turn every exception into a 500 of their own, so their
 * answers are buffered and a 5xx is replaced when the database is found unreachable.
 */
public class DatabaseOutageFilter extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "30";
    private static final Logger log = LoggerFactory.getLogger(DatabaseOutageFilter.class);
    private static final String TITLE = "Hệ thống tạm thời gián đoạn";
    private static final String DETAIL = "Hệ thống tạm thời không kết nối được cơ sở dữ liệu nên chưa ghi nhận yêu cầu này. "
            + "Dữ liệu đã lưu trước đó không bị ảnh hưởng. Vui lòng thử lại sau ít phút.";

    private final ProblemResponses problems;
    private final DatabaseReachability database;

    public DatabaseOutageFilter(ProblemResponses problems, DatabaseReachability database) {
        this.problems = problems;
        this.database = database;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!answersWithItsOwn500(request)) {
            try {
                chain.doFilter(request, response);
            } catch (IOException | ServletException | RuntimeException e) {
                if (response.isCommitted() || !(DatabaseFailures.isConnectionFailure(e) || database.unreachable())) {
                    throw e;
                }
                unavailable(request, response, e);
            }
            return;
        }
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
            if (buffered.getStatus() >= 500 && database.unreachable()) {
                buffered.resetBuffer();
                unavailable(request, buffered, null);
            }
        } catch (IOException | ServletException | RuntimeException e) {
            if (!(DatabaseFailures.isConnectionFailure(e) || database.unreachable())) {
                throw e;
            }
            buffered.resetBuffer();
            unavailable(request, buffered, e);
        } finally {
            buffered.copyBodyToResponse();
        }
    }

    private static boolean answersWithItsOwn500(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/");
    }

    private void unavailable(HttpServletRequest request, HttpServletResponse response, Exception cause) throws IOException {
        log.warn("Database unreachable, answered 503 to {} {}: {}", request.getMethod(), request.getRequestURI(),
                cause == null ? "engine answered 5xx" : rootMessage(cause));
        response.resetBuffer();
        response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
        if (wantsPage(request)) {
            response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
            response.setCharacterEncoding("UTF-8");
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            response.getOutputStream().write(page().getBytes(StandardCharsets.UTF_8));
            return;
        }
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "co-so-du-lieu-tam-ngung", TITLE, DETAIL);
        // Tasklist and Camunda clients show the "message" property of an error body.
        problem.setProperty("message", DETAIL);
        problem.setProperty("retryAfterSeconds", Integer.valueOf(RETRY_AFTER_SECONDS));
        problems.write(request, response, problem);
    }

    private static boolean wantsPage(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        String accept = request.getHeader("Accept");
        return accept != null && accept.contains(MediaType.TEXT_HTML_VALUE) && !path.startsWith("/api/")
                && !path.startsWith("/engine-rest/") && !path.startsWith("/camunda/api/");
    }

    /** A page of its own: the usual error page needs the database-backed session and layout. */
    private static String page() {
        return """
                <!DOCTYPE html>
                <html lang="vi"><head><meta charset="UTF-8"><meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="refresh" content="%s"><title>%s — Mầm Xanh</title>
                <link rel="stylesheet" href="/css/mamxanh.css"></head>
                <body><header class="topbar"><span class="brand">Mầm Xanh</span></header>
                <main><div class="card"><h1>503 — %s</h1><p>%s</p><p>Trang sẽ tự tải lại sau %s giây.</p></div></main></body></html>
                """.formatted(RETRY_AFTER_SECONDS, HtmlUtils.htmlEscape(TITLE, "UTF-8"), HtmlUtils.htmlEscape(TITLE, "UTF-8"),
                HtmlUtils.htmlEscape(DETAIL, "UTF-8"), RETRY_AFTER_SECONDS);
    }

    private static String rootMessage(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }
}
