package vn.mamxanh.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.mamxanh.audit.AuditAction;
import vn.mamxanh.audit.AuditJournal;
import vn.mamxanh.audit.CaseEvent;
import vn.mamxanh.web.BufferedRequest;
import vn.mamxanh.web.ProblemResponses;
import vn.mamxanh.web.Problems;

/**
 * Identity and authorization writes through the engine (its REST API and Camunda Admin's copy of it)
 * are limited to what administration needs: accounts, administrators, and grants on identity
 * resources and the apps. Nobody, the administrator included, can use them to open case contents to
 * an account: grants on processes, tasks, their history or definitions are refused, and membership
 * of a unit's role groups ({@code <unit>.<role>}), which decides who reads a case, changes only
 * through the organisation administration ({@code /api/admin}), where roles are given and journalled.
 * Every write that goes through is journalled.
 */
@Component
public class IdentityWriteBoundary extends OncePerRequestFilter {

    private static final Pattern WRITE = Pattern.compile(
            "^/(?:engine-rest|camunda/api/engine/engine/[^/]+)/(user|group|authorization|tenant)(/.*)?$");
    private static final Pattern MEMBERSHIP = Pattern.compile("^/([^/]+)/members/([^/]+)$");
    private static final Pattern GROUP = Pattern.compile("^/([^/]+)$");
    /** Groups everyone or only administrators are in: neither reads a case. */
    private static final Set<String> ADMINISTRATION_GROUPS = Set.of("camunda-admin", "mamxanh.users");
    private static final Set<Integer> ADMINISTRATION_RESOURCES = Set.of(Resources.APPLICATION.resourceType(),
            Resources.USER.resourceType(), Resources.GROUP.resourceType(), Resources.GROUP_MEMBERSHIP.resourceType(),
            Resources.AUTHORIZATION.resourceType(), Resources.FILTER.resourceType(), Resources.TENANT.resourceType(),
            Resources.TENANT_MEMBERSHIP.resourceType());
    private static final int BODY_LIMIT = 64 * 1024;
    private static final String PASSWORD = "\"password\"\\s*:\\s*\"[^\"]*\"";

    private final ProblemResponses problems;
    private final AuditJournal journal;
    private final ObjectMapper json;

    public IdentityWriteBoundary(ProblemResponses problems, AuditJournal journal, ObjectMapper json) {
        this.problems = problems;
        this.journal = journal;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return "GET".equals(request.getMethod()) || "OPTIONS".equals(request.getMethod()) || "HEAD".equals(request.getMethod())
                || !WRITE.matcher(pathOf(request)).matches() || isQuery(pathOf(request));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Matcher write = WRITE.matcher(pathOf(request));
        write.matches();
        String resource = write.group(1);
        String rest = write.group(2) == null ? "" : write.group(2);
        BufferedRequest buffered = BufferedRequest.of(request, BODY_LIMIT);
        String refusal = refusalOf(resource, rest, buffered);
        if (refusal != null) {
            var problem = Problems.of(HttpStatus.FORBIDDEN, "khong-mo-ho-so-qua-phan-quyen", "Không được cấp quyền này", refusal);
            problem.setProperty("field", "authorization".equals(resource) ? "resourceType" : "groupId");
            problem.setProperty("message", refusal);
            problems.write(request, response, problem);
            return;
        }
        chain.doFilter(buffered, response);
        if (response.getStatus() < 300) {
            String body = new String(buffered.body(), StandardCharsets.UTF_8).replaceAll(PASSWORD, "\"password\":\"***\"");
            journal.recordIndependently(CaseEvent.of(null, AuditAction.IDENTITY_CHANGED, Map.of(
                    "method", request.getMethod(), "resource", resource, "path", pathOf(request),
                    "body", body.substring(0, Math.min(body.length(), 2000)))), null);
        }
    }

    private String refusalOf(String resource, String rest, BufferedRequest request) {
        if (request.longerThan(BODY_LIMIT)) {
            return "Nội dung gửi lên quá lớn.";
        }
        if ("authorization".equals(resource) && !"DELETE".equals(request.getMethod())) {
            int type = resourceTypeOf(request.body());
            if (!ADMINISTRATION_RESOURCES.contains(type)) {
                return "Chỉ được phân quyền trên tài khoản, nhóm, phân quyền, bộ lọc và ứng dụng. Quyền xem hồ sơ, công việc "
                        + "và lịch sử quy trình đi theo tổ chức và vai trò, được giao trong trang Quản trị đơn vị.";
            }
        }
        if ("group".equals(resource)) {
            Matcher membership = MEMBERSHIP.matcher(rest);
            Matcher group = GROUP.matcher(rest);
            String groupId = membership.matches() ? membership.group(1)
                    : "/create".equals(rest) ? textOf(request.body(), "id")
                    : group.matches() ? group.group(1) : null;
            if (Operators.GROUP.equals(groupId)) {
                return "Người vận hành được chỉ định trong cấu hình (mamxanh.security.operators), không qua phân quyền của quản trị.";
            }
            if (groupId != null && isUnitRoleGroup(groupId)) {
                return "Nhóm \"" + groupId + "\" là một vai trò của đơn vị, quyết định ai xem được hồ sơ: thành viên và "
                        + "vai trò chỉ được thay đổi trong trang Quản trị đơn vị.";
            }
        }
        return null;
    }

    /** {@code <unit>.<role>}: the groups the organisation administration keeps and case access is granted to. */
    static boolean isUnitRoleGroup(String groupId) {
        return groupId.contains(".") && !ADMINISTRATION_GROUPS.contains(groupId);
    }

    private static boolean isQuery(String path) {
        return path.endsWith("/count") || path.matches(".*/(?:user|group|authorization|tenant)$");
    }

    private int resourceTypeOf(byte[] body) {
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.path("resourceType").canConvertToInt() ? node.path("resourceType").asInt() : -1;
        } catch (IOException unreadable) {
            return -1;
        }
    }

    private String textOf(byte[] body, String field) {
        try {
            JsonNode node = json.readTree(body);
            return node == null ? null : node.path(field).asText(null);
        } catch (IOException unreadable) {
            return null;
        }
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
