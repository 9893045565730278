package vn.mamxanh.candidate;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEnginePersistenceException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.mamxanh.form.StepForms;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.RoleAssignment;
import vn.mamxanh.organisation.UnitKind;
import vn.mamxanh.security.caseaccess.CaseVisibility;
import vn.mamxanh.web.CompletionRaces;
import vn.mamxanh.web.ConflictException;
import vn.mamxanh.web.NotFoundException;
import vn.mamxanh.web.RuleViolationException;

/**
 * The app's way into a case: a mass organisation introduces a candidate (the case row and its
 * process start together), a person completes a step of the case, a secretary records a
 * withdrawal. Engine calls run as the logged-in person, so the engine's authorizations and the
 * steps' rule listeners apply exactly as in Tasklist.
 */
@Service
public class Intake {

    /**
     * A candidate may withdraw until the ceremony: up to then they are not yet a member, even with an
     * admission decision taken. After the ceremony a probationary member leaves by removal (R13), not withdrawal.
     */
    private static final Set<CaseStage> WITHDRAWABLE = EnumSet.range(CaseStage.INTRODUCTION, CaseStage.CEREMONY);

    private final CaseRepository cases;
    private final OrganisationRepository organisation;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final IdentityService identity;
    private final Actors actors;
    private final ApplicationEventPublisher events;
    private final CompletionRaces races;
    private final HistoryService history;
    private final CaseVisibility visibility;
    private final StepForms stepForms;

    public Intake(CaseRepository cases, OrganisationRepository organisation, RuntimeService runtime, TaskService tasks,
                  IdentityService identity, Actors actors, ApplicationEventPublisher events, CompletionRaces races,
                  HistoryService history, CaseVisibility visibility, StepForms stepForms) {
        this.events = events;
        this.visibility = visibility;
        this.stepForms = stepForms;
        this.races = races;
        this.history = history;
        this.cases = cases;
        this.organisation = organisation;
        this.runtime = runtime;
        this.tasks = tasks;
        this.identity = identity;
        this.actors = actors;
    }

    public record Introduced(String caseId, String processInstanceId) {
    }

    @Transactional
    public Introduced introduce(IntroductionRequest request) {
        String caseId = register(request);
        String instanceId = runtime.startProcessInstanceByKey(AdmissionProcess.KEY, caseId,
                Map.of(CaseVariables.CASE_ID, caseId)).getId();
        return new Introduced(caseId, instanceId);
    }

    /**
     * The checks of an introduction and the case row it creates, for both ways in: the app API and
     * the start form in Tasklist ({@link IntroduceCandidate}). Field checks (Bean Validation) come first.
     */
    @Transactional
    public String register(IntroductionRequest request) {
        String userId = actors.current();
        RoleAssignment representative = organisation.findRoleAssignmentsOf(userId).stream()
                .filter(role -> role.role() == Role.MASS_ORGANISATION_REPRESENTATIVE)
                .findFirst()
                .orElseThrow(() -> new AccessDeniedException("not a mass-organisation representative"));
        boolean isBranch = organisation.findUnit(request.branchId())
                .filter(unit -> unit.kind() == UnitKind.BRANCH && unit.isOpen()).isPresent();
        if (!isBranch) {
            throw RuleViolationException.invalidField("branchId", "Không tìm thấy chi bộ \"" + request.branchId() + "\".");
        }
        if (cases.hasCaseInProgress(request.idNumber())) {
            throw new ConflictException("idNumber", "Người có số căn cước " + request.idNumber()
                    + " đã có hồ sơ đang được xem xét.");
        }
        String caseId = cases.nextId();
        cases.insert(new CandidateCase(caseId, request.fullName().trim(), request.dateOfBirth(), request.gender(),
                request.idNumber(), request.ethnicity(), request.religion(), request.educationLevel(), request.occupation(),
                request.residenceAddress(), request.branchId(), representative.unitId(), userId,
                request.youthUnionMember(), CaseStage.INTRODUCTION, CaseStatus.OPEN, false, null, null, null,
                CaseRepository.now()));
        events.publishEvent(new CandidateIntroduced(caseId, request.branchId(), representative.unitId(), userId));
        return caseId;
    }

    /**
     * Not one transaction around the engine's own: a lost race is told apart in a fresh transaction, and holding
     * this request's connection while asking for a second one lets 50 racing clients drain the pool.
     */
    public void complete(String caseId, String taskId, Map<String, Object> variables) {
        Task task = tasks.createTaskQuery().taskId(taskId).processInstanceBusinessKey(caseId).singleResult();
        if (task == null) {
            // Someone else may have completed it a moment ago: that is a conflict, not an unknown step.
            races.lostRace(taskId).filter(conflict -> caseOfFinishedTask(taskId, caseId)).ifPresent(conflict -> {
                throw conflict;
            });
            throw new NotFoundException("Không tìm thấy công việc " + taskId + " của hồ sơ " + caseId + ".");
        }
        boolean structured = variables.values().stream().anyMatch(value -> value instanceof Map || value instanceof Iterable);
        if (structured) {
            throw RuleViolationException.invalidField("variables", "Mỗi trường chỉ nhận một giá trị chữ, số, ngày hoặc có/không.");
        }
        Map<String, Object> checked = stepForms.ofTask(taskId).map(form -> form.check(variables)).orElse(variables);
        try {
            tasks.complete(taskId, checked);
        } catch (NullValueException | OptimisticLockingException | ProcessEnginePersistenceException late) {
            // A concurrent completion surfaces as a vanished task, a stale row or a duplicate insert.
            throw races.lostRace(taskId).orElseThrow(() -> late);
        } catch (AuthorizationException refused) {
            // The winner's commit removes the task's grants while a loser is still checking them.
            throw races.refusedAfterTheWinner(taskId).orElseThrow(() -> refused);
        }
    }

    /** Only a reader of the case learns that its step is done; anyone else gets the same "not found". */
    private boolean caseOfFinishedTask(String taskId, String caseId) {
        return history.createHistoricTaskInstanceQuery().taskId(taskId).processInstanceBusinessKey(caseId).finished().count() > 0;
    }

    /** Whether the person may record the candidate's withdrawal now: the case page offers it only then. */
    public boolean mayWithdraw(CandidateCase candidate, String userId) {
        return isSecretary(candidate, userId) && withdrawable(candidate);
    }

    private boolean isSecretary(CandidateCase candidate, String userId) {
        return organisation.findRoleHolders(candidate.branchId(), Role.SECRETARY).stream()
                .anyMatch(holder -> holder.personId().equals(userId));
    }

    private static boolean withdrawable(CandidateCase candidate) {
        return candidate.status() == CaseStatus.OPEN && WITHDRAWABLE.contains(candidate.stage());
    }

    @Transactional
    public void withdraw(String caseId, WithdrawalRequest request) {
        // A case the caller cannot read is "not found", the same answer as an unknown id.
        CandidateCase candidate = cases.find(caseId).filter(c -> visibility.canRead(caseId))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy hồ sơ " + caseId + "."));
        String userId = actors.current();
        if (!isSecretary(candidate, userId)) {
            throw new AccessDeniedException("not the secretary of the case's branch");
        }
        if (!withdrawable(candidate)) {
            throw new ConflictException("status", "Hồ sơ " + caseId + " không còn ở giai đoạn có thể rút (đang ở \""
                    + candidate.stage().label() + "\", " + candidate.status().label().toLowerCase() + ").");
        }
        cases.end(caseId, CaseStatus.CLOSED, "Quần chúng xin rút: " + request.reason().trim(), userId);
        // The secretary holds no engine right over process instances (that would reach other branches);
        // the app checked the branch above and correlates on its own authority.
        Authentication acting = identity.getCurrentAuthentication();
        identity.clearAuthentication();
        try {
            runtime.createMessageCorrelation(AdmissionProcess.WITHDRAWN_MESSAGE).processInstanceBusinessKey(caseId).correlate();
        } finally {
            if (acting != null) {
                identity.setAuthentication(acting);
            }
        }
    }
}
