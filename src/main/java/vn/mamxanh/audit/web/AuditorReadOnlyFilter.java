package vn.mamxanh.audit.web;

import java.io.IOException;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.RoleAssignment;
import vn.mamxanh.web.ProblemResponses;
import vn.mamxanh.web.Problems;

/**
 * Auditors read everything in scope and change nothing (DOMAIN.md §4). Whatever the engine's
 * authorizations say, a person who holds only auditor roles is refused every request that could
 * change something, on every route: the app's API and pages, the engine REST API and Tasklist's
 * and Cockpit's copy of it. The few engine routes that are queries sent as POST stay open.
 */
public class AuditorReadOnlyFilter extends OncePerRequestFilter {

    private static final Set<String> READING_METHODS = Set.of("GET", "HEAD", "OPTIONS");
    private static final Pattern ENGINE_PREFIX = Pattern.compile("^(/engine-rest(/engine/[^/]+)?|/camunda/api/engine/engine/[^/]+)(/.*)$");
    /** Engine REST queries that take their criteria as a POST body: they read, never write. */
    private static final Pattern ENGINE_QUERIES = Pattern.compile("^/("
            + "task|process-instance|variable-instance|execution|incident|job|external-task|authorization/check"
            + "|history/(process-instance|task|activity-instance|variable-instance|detail|incident|identity-link-log"
            + "|job-log|user-operation|decision-instance|external-task-log)"
            + "|filter/[^/]+/(list|count|singleResult)"
            + "|[a-z-]+(/[a-z-]+)?/count)$");
    private static final List<String> ALWAYS_OPEN = List.of("/login", "/logout", "/camunda/api/admin/auth/user/default/logout");

    private final OrganisationRepository organisation;
    private final ProblemResponses problems;

    public AuditorReadOnlyFilter(OrganisationRepository organisation, ProblemResponses problems) {
        this.organisation = organisation;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READING_METHODS.contains(request.getMethod()) || ALWAYS_OPEN.contains(path(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (isReadOnlyAuditor() && !isQuery(request)) {
            refuse(request, response);
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean isReadOnlyAuditor() {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        if (login == null || !login.isAuthenticated() || login.getName() == null) {
            return false;
        }
        List<RoleAssignment> roles = organisation.findRoleAssignmentsOf(login.getName());
        return !roles.isEmpty() && roles.stream().allMatch(role -> role.role() == Role.AUDITOR);
    }

    private static boolean isQuery(HttpServletRequest request) {
        if (!"POST".equals(request.getMethod())) {
            return false;
        }
        var engine = ENGINE_PREFIX.matcher(path(request));
        return engine.matches() && ENGINE_QUERIES.matcher(engine.group(3)).matches();
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = path(request);
        if (path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/camunda/api/")) {
            problems.write(request, response, Problems.of(HttpStatus.FORBIDDEN, "chi-duoc-xem", "Không có quyền",
                    "Kiểm tra viên chỉ được xem, không được thay đổi dữ liệu."));
        } else {
            response.sendError(HttpStatus.FORBIDDEN.value());
        }
    }

    private static String path(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
