package vn.mamxanh.security;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.mamxanh.audit.AuditAction;
import vn.mamxanh.audit.AuditJournal;
import vn.mamxanh.audit.CaseEvent;
import vn.mamxanh.web.ProblemResponses;
import vn.mamxanh.web.Problems;

/**
 * Running a job now, giving it retries, moving its due date, suspending or deleting it is for
 * {@link Operators} only, and is refused for everyone else before the engine sees it. (Refused inside
 * the engine, an execution still counts as a failed attempt and takes one of the job's retries: three
 * tries by any reader used to leave a deadline timer with none, as an incident, never to fire.)
 * What an operator does is journalled on the case the job belongs to.
 */
@Component
public class JobOperations extends OncePerRequestFilter {

    private static final Pattern JOB_WRITE = Pattern.compile(
            "^/(?:engine-rest|camunda/api/engine/engine/[^/]+)/(job|job-definition)(?:/([^/]+))?(/.*)?$");

    private final ProblemResponses problems;
    private final AuditJournal journal;
    private final ManagementService management;
    private final RuntimeService runtime;
    private final IdentityService identity;

    public JobOperations(ProblemResponses problems, AuditJournal journal, ManagementService management,
                         RuntimeService runtime, IdentityService identity) {
        this.problems = problems;
        this.journal = journal;
        this.management = management;
        this.runtime = runtime;
        this.identity = identity;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        if ("GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method)) {
            return true;
        }
        Matcher write = JOB_WRITE.matcher(pathOf(request));
        // POST /job and /job/count are queries
        return !write.matches() || write.group(2) == null || ("count".equals(write.group(2)) && write.group(3) == null);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!isOperator(SecurityContextHolder.getContext().getAuthentication())) {
            var problem = Problems.of(HttpStatus.FORBIDDEN, "chi-danh-cho-van-hanh", "Chỉ dành cho người vận hành",
                    "Chỉ người vận hành hệ thống được chạy lại, hẹn lại hoặc tạm dừng công việc tự động; "
                            + "công việc không bị thay đổi.");
            problem.setProperty("field", "jobId");
            problem.setProperty("message", problem.getDetail());
            problems.write(request, response, problem);
            return;
        }
        Matcher write = JOB_WRITE.matcher(pathOf(request));
        write.matches();
        String caseId = "job".equals(write.group(1)) ? caseOfJob(write.group(2)) : null;
        chain.doFilter(request, response);
        if (response.getStatus() < 300) {
            Map<String, Object> details = new HashMap<>();
            details.put("method", request.getMethod());
            details.put("path", pathOf(request));
            details.put(write.group(1).equals("job") ? "job" : "jobDefinition", write.group(2));
            journal.recordIndependently(CaseEvent.of(caseId, AuditAction.JOB_RUN_BY_OPERATOR, details), null);
        }
    }

    static boolean isOperator(Authentication who) {
        return who != null && who.getAuthorities().stream().anyMatch(authority -> Operators.GROUP.equals(authority.getAuthority()));
    }

    /** The case a job belongs to, read before it runs (a job that ran is gone). */
    private String caseOfJob(String jobId) {
        var current = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            Job job = management.createJobQuery().jobId(jobId).singleResult();
            if (job == null || job.getProcessInstanceId() == null) {
                return null;
            }
            ProcessInstance instance = runtime.createProcessInstanceQuery().processInstanceId(job.getProcessInstanceId()).singleResult();
            if (instance != null && instance.getBusinessKey() != null) {
                return instance.getBusinessKey();
            }
            Object caseId = instance == null ? null : runtime.getVariable(instance.getId(), "caseId");
            return caseId == null ? null : caseId.toString();
        } finally {
            if (current != null) {
                identity.setAuthentication(current);
            }
        }
    }

    private static String pathOf(HttpServletRequest request) {
        return request.getRequestURI().substring(request.getContextPath().length());
    }
}
