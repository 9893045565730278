package vn.mamxanh.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.ProblemDetail;
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

    private final ProblemResponses problems;

    public EngineRestProblemFilter(ProblemResponses problems) {
        this.problems = problems;
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
            }
        } finally {
            buffered.copyBodyToResponse();
        }
    }
}
