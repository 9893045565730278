package vn.mamxanh.form;

import java.io.IOException;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.mamxanh.security.Operators;
import vn.mamxanh.web.ProblemResponses;
import vn.mamxanh.web.Problems;

/**
 * A step's data reaches the engine only with its completion, through the step's form and its
 * check. The engine would also let whoever may work on a task write any variable on it (and so on
 * the case's process: {@code caseId}, a decision) without completing it; that back door is closed,
 * except for operators repairing a case.
 */
@Component
public class TaskVariablesBoundary extends OncePerRequestFilter {

    private static final Pattern TASK_VARIABLES = Pattern.compile(
            "^/(?:engine-rest|camunda/api/engine/engine/[^/]+)/task/[^/]+/(?:variables|localVariables)(?:/.*)?$");

    private final ProblemResponses problems;

    public TaskVariablesBoundary(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method) || !TASK_VARIABLES.matcher(path).matches();
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var who = SecurityContextHolder.getContext().getAuthentication();
        if (who != null && who.getAuthorities().stream().anyMatch(a -> Operators.GROUP.equals(a.getAuthority()))) {
            chain.doFilter(request, response);
            return;
        }
        var problem = Problems.of(HttpStatus.FORBIDDEN, "chi-qua-bieu-mau", "Chỉ nhận dữ liệu qua biểu mẫu",
                "Dữ liệu của một bước chỉ được gửi khi hoàn thành bước, qua biểu mẫu của bước.");
        problem.setProperty("field", "variables");
        problem.setProperty("message", problem.getDetail());
        problems.write(request, response, problem);
    }
}
