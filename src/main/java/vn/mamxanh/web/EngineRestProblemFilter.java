package vn.mamxanh.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ProblemDetail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * The engine REST API (and Tasklist's copy of it) reports a refused completion as a generic
 * engine error. When the refusal was a rule of ours, answer 400 with a problem detail that names
 * the rule and the field, and keeps {@code message}, which Tasklist shows, in Vietnamese.
 */
@Component
public class EngineRestProblemFilter extends OncePerRequestFilter {

    static final String NOT_ALLOWED = "Bạn không có quyền thực hiện thao tác này. Nếu cần, xin liên hệ bí thư chi bộ hoặc quản trị viên.";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ProblemResponses problems;

    public EngineRestProblemFilter(ProblemResponses problems) {
        this.problems = problems;
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

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return !(path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/engine/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        ContentCachingResponseWrapper buffered = new ContentCachingResponseWrapper(response);
        try {
            chain.doFilter(request, buffered);
            Object violation = request.getAttribute(RuleViolationException.REQUEST_ATTRIBUTE);
            if (violation instanceof RuleViolationException rule && buffered.getStatus() >= 400) {
                buffered.resetBuffer();
                ProblemDetail problem = ApiExceptionHandler.ruleProblem(rule);
                // Tasklist and Camunda clients show the "message" property of the engine's error body.
                problem.setProperty("message", rule.getMessage());
                problems.write(request, buffered, problem);
            } else if (buffered.getStatus() == HttpServletResponse.SC_FORBIDDEN) {
                inVietnamese(buffered);
            }
        } finally {
            buffered.copyBodyToResponse();
        }
    }
}
