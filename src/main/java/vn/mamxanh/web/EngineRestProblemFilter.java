package vn.mamxanh.web;

import java.io.IOException;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine REST API (and Tasklist's copy of it) answers in English, and reports a refused or
 * late completion as a server error. This turns its answers into ours: a rule of ours is a 400
 * problem detail naming the rule and the field; a completion that lost a race with another one is a
 * 409; any other refusal of a change, and any server error, is a Vietnamese problem detail that
 * shows neither SQL nor a stack trace. {@code message}, which Tasklist shows, is kept in Vietnamese.
 */
@Component
public class EngineRestProblemFilter extends OncePerRequestFilter {

    static final String NOT_ALLOWED = "Bạn không có quyền thực hiện thao tác này. Nếu cần, xin liên hệ bí thư chi bộ hoặc quản trị viên.";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Logger log = LoggerFactory.getLogger(EngineRestProblemFilter.class);
    private static final Pattern TASK_COMPLETION =
            Pattern.compile("^/(?:engine-rest|camunda/api/engine/engine/[^/]+)/task/([^/]+)/(?:complete|submit-form|resolve)$");

    private final ProblemResponses problems;
    private final CompletionRaces races;

    public EngineRestProblemFilter(ProblemResponses problems, CompletionRaces races) {
        this.problems = problems;
        this.races = races;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = pathOf(request);
        return !(path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
            int status = buffered.getStatus();
            if (status < 400) {
                return;
            }
            Optional<ProblemDetail> answer = answerFor(request, status);
            if (answer.isEmpty() && status == HttpServletResponse.SC_FORBIDDEN) {
                inVietnamese(buffered);
            } else if (answer.isPresent()) {
                if (status >= 500 && answer.get().getStatus() >= 500) {
                    log.error("Engine REST {} {} answered {}: {}", request.getMethod(), pathOf(request), status,
                            new String(buffered.getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8));
                }
                buffered.resetBuffer();
                // Tasklist and Camunda clients show the "message" property of the engine's error body.
                answer.get().setProperty("message", answer.get().getDetail());
                problems.write(request, buffered, answer.get());
            }
        } finally {
            buffered.copyBodyToResponse();
        }
    }

    /**
     * The engine refuses what a person may not do with an English {@code AuthorizationException} naming
     * permissions and resources; the webapps show its {@code message}. Say it in Vietnamese, keeping the
     * rest of the body (type, missing authorizations) for programs.
     */
    private static void inVietnamese(ContentCachingResponseWrapper buffered) throws IOException {
        byte[] body = buffered.getContentAsByteArray();
        if (body.length == 0 || body[0] != '{') {
            return;
        }
        JsonNode parsed = JSON.readTree(body);
        if (!(parsed instanceof ObjectNode error) || !"AuthorizationException".equals(error.path("type").asText())) {
            return;
        }
        error.put("message", NOT_ALLOWED);
        buffered.resetBuffer();
        buffered.setContentType("application/json;charset=UTF-8");
        buffered.getOutputStream().write(JSON.writeValueAsBytes(error));
    }

    private Optional<ProblemDetail> answerFor(HttpServletRequest request, int status) {
        Object violation = request.getAttribute(RuleViolationException.REQUEST_ATTRIBUTE);
        if (violation instanceof RuleViolationException rule) {
            return Optional.of(ApiExceptionHandler.ruleProblem(rule));
        }
        Matcher completion = TASK_COMPLETION.matcher(pathOf(request));
        if (completion.matches() && (status >= 500 || status == 404)) {
            Optional<ProblemDetail> lost = races.lostRace(completion.group(1)).map(ApiExceptionHandler::conflictProblem);
            if (lost.isPresent() || status == 404) {
                return lost;
            }
        }
        if (completion.matches() && status == HttpServletResponse.SC_FORBIDDEN) {
            Optional<ProblemDetail> lost = races.refusedAfterTheWinner(completion.group(1))
                    .map(ApiExceptionHandler::conflictProblem);
            if (lost.isPresent()) {
                return lost;
            }
        }
        if (status >= 500) {
            return Optional.of(Problems.of(HttpStatus.valueOf(status), "loi-he-thong", "Lỗi hệ thống",
                    "Hệ thống chưa xử lý được yêu cầu; dữ liệu của bạn không bị thay đổi. Hãy thử lại sau ít phút."));
        }
        return Optional.empty();
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
