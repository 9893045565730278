package vn.mamxanh.resolution;

import java.util.Optional;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseRouting;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.web.ConflictException;

/**
 * Opens the extension step (Task_ExtendDecisionDeadline / Task_ExtendRecognitionDeadline) for the
 * deciding body: the message start of the decision stage's event sub-process. Only a member of the
 * deciding body opens it, only while the committee's decision is pending, and only if the deadline has
 * not been extended yet; the step itself then records the days and the reason (R09).
 */
@Service
public class DeadlineExtensionStep {

    public static final String MESSAGE = "DeadlineExtensionRequested";
    private static final String[] STEPS = {"Task_ExtendDecisionDeadline", "Task_ExtendRecognitionDeadline"};

    private final CaseRepository cases;
    private final CaseRouting routing;
    private final DeadlineExtensions extensions;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;

    DeadlineExtensionStep(CaseRepository cases, CaseRouting routing, DeadlineExtensions extensions, RuntimeService runtime,
                          TaskService tasks, IdentityService identity) {
        this.cases = cases;
        this.routing = routing;
        this.extensions = extensions;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** Whether the person may open the step now: the case page shows the button only then. */
    public boolean mayOpen(String caseId, String userId) {
        CandidateCase candidate = cases.find(caseId).orElse(null);
        return candidate != null && decidingBody(candidate, userId) && awaitingDecision(caseId)
                && extensions.of(caseId, purposeOf(candidate)).isEmpty() && openStep(caseId).isEmpty();
    }

    /** Opens the step and answers its task id. */
    @Transactional
    public String open(String caseId, String userId) {
        CandidateCase candidate = cases.get(caseId);
        if (!decidingBody(candidate, userId)) {
            throw new AccessDeniedException("only the deciding body extends its deadline");
        }
        Optional<DeadlineExtension> granted = extensions.of(caseId, purposeOf(candidate));
        if (granted.isPresent()) {
            throw new ConflictException(DeadlineExtensionRule.DAYS_FIELD, "Thời hạn quyết định của hồ sơ " + caseId
                    + " đã được gia hạn một lần (" + granted.get().extraWorkingDays() + " ngày làm việc): quy định chỉ cho gia hạn một lần.");
        }
        if (openStep(caseId).isPresent()) {
            throw new ConflictException(DeadlineExtensionRule.DAYS_FIELD, "Bước gia hạn của hồ sơ " + caseId
                    + " đã được mở và đang chờ ghi số ngày và lý do.");
        }
        if (!awaitingDecision(caseId)) {
            throw new ConflictException("status", "Hồ sơ " + caseId
                    + " không ở bước cấp ủy xét quyết định (kết nạp hoặc công nhận): không có thời hạn nào để gia hạn.");
        }
        // The deciding body holds no engine right to start parts of a process; the app checked who asks.
        asSystemDo(() -> runtime.createMessageCorrelation(MESSAGE).processInstanceBusinessKey(caseId).correlate());
        return openStep(caseId).map(Task::getId).orElseThrow();
    }

    private boolean decidingBody(CandidateCase candidate, String userId) {
        String group = routing.groupFor(candidate.id(), Role.STANDING_COMMITTEE_MEMBER);
        return identity.createUserQuery().userId(userId).memberOfGroup(group).count() > 0;
    }

    private boolean awaitingDecision(String caseId) {
        return asSystem(() -> runtime.createExecutionQuery().processInstanceBusinessKey(caseId)
                .messageEventSubscriptionName(MESSAGE).count() > 0);
    }

    private Optional<Task> openStep(String caseId) {
        return asSystem(() -> tasks.createTaskQuery().processInstanceBusinessKey(caseId).taskDefinitionKeyIn(STEPS)
                .list().stream().findFirst());
    }

    private static Purpose purposeOf(CandidateCase candidate) {
        return candidate.status() == CaseStatus.PROBATIONARY ? Purpose.RECOGNITION : Purpose.ADMISSION;
    }

    private <T> T asSystem(java.util.function.Supplier<T> action) {
        Authentication acting = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            return action.get();
        } finally {
            if (acting != null) {
                identity.setAuthentication(acting);
            }
        }
    }

    private void asSystemDo(Runnable action) {
        asSystem(() -> {
            action.run();
            return null;
        });
    }
}
