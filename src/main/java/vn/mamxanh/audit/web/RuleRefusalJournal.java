package vn.mamxanh.audit.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.mamxanh.audit.AuditAction;
import vn.mamxanh.audit.AuditJournal;
import vn.mamxanh.audit.CaseEvent;
import vn.mamxanh.web.RuleViolationException;

/**
 * Puts every refused request on record (R16). A rule violation rolls back the transaction it is
 * thrown in, and with it anything journalled there; so after the request has been answered, the
 * refusal is journalled in a transaction of its own. Works for every route, because every route
 * leaves the violation on the request ({@link RuleViolationException}).
 */
public class RuleRefusalJournal extends OncePerRequestFilter {

    /** Where {@link RuleViolationException} leaves itself on the request. */
    private static final String VIOLATION = RuleViolationException.class.getName();
    private static final Pattern TASK_ROUTE = Pattern.compile("/task/([^/]+)/(complete|submit-form|resolve)$");
    private static final Pattern CASE_ID = Pattern.compile("\\b([A-Z]{2}-\\d{4}-\\d{4,})\\b");
    private static final Logger log = LoggerFactory.getLogger(RuleRefusalJournal.class);

    private final AuditJournal journal;
    private final IdentityService identity;
    private final TaskService tasks;
    private final RuntimeService runtime;

    public RuleRefusalJournal(AuditJournal journal, IdentityService identity, TaskService tasks, RuntimeService runtime) {
        this.journal = journal;
        this.identity = identity;
        this.tasks = tasks;
        this.runtime = runtime;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } finally {
            if (request.getAttribute(VIOLATION) instanceof RuleViolationException refusal) {
                record(request, refusal);
            }
        }
    }

    private void record(HttpServletRequest request, RuleViolationException refusal) {
        try {
            var login = SecurityContextHolder.getContext().getAuthentication();
            String actor = login == null ? null : login.getName();
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("rule", refusal.rule());
            details.put("field", refusal.field());
            details.put("message", refusal.getMessage());
            details.put("request", request.getMethod() + " " + request.getRequestURI());
            Target target = targetOf(request);
            if (target.taskName() != null) {
                details.put("task", target.taskName());
            }
            journal.recordIndependently(new CaseEvent(target.caseId(), AuditAction.RULE_REFUSED, refusal.rule(), null,
                    details), actor);
        } catch (RuntimeException e) {
            // The refusal already reached the person; failing to journal it must not turn it into a 500.
            log.error("Could not journal the refusal of {} {}", request.getMethod(), request.getRequestURI(), e);
        }
    }

    private record Target(String caseId, String taskName) {
    }

    /** The case a refused request was about: the task's case, or a case id in the address. */
    private Target targetOf(HttpServletRequest request) {
        Matcher task = TASK_ROUTE.matcher(request.getRequestURI());
        if (task.find()) {
            Authentication caller = identity.getCurrentAuthentication();
            identity.clearAuthentication();
            try {
                Task open = tasks.createTaskQuery().taskId(task.group(1)).singleResult();
                if (open != null) {
                    ProcessInstance process = runtime.createProcessInstanceQuery()
                            .processInstanceId(open.getProcessInstanceId()).singleResult();
                    return new Target(process == null ? null : process.getBusinessKey(), open.getName());
                }
            } finally {
                if (caller != null) {
                    identity.setAuthentication(caller);
                }
            }
        }
        Matcher caseId = CASE_ID.matcher(request.getRequestURI());
        return new Target(caseId.find() ? caseId.group(1) : null, null);
    }
}
