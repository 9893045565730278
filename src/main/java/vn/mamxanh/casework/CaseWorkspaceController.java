package vn.mamxanh.casework;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.Intake;
import vn.mamxanh.candidate.WithdrawalRequest;
import vn.mamxanh.form.StepForms;
import vn.mamxanh.resolution.DeadlineExtensionStep;
import vn.mamxanh.web.ConflictException;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.security.dossier.DossierAccessLog;
import vn.mamxanh.web.RuleViolationException;
import vn.mamxanh.security.scope.AccessScopes;
import vn.mamxanh.security.scope.CaseScope;

/** The case list and the case page (one per candidate), within the viewer's scope. */
@Controller
public class CaseWorkspaceController {

    private final AccessScopes scopes;
    private final CaseSearch search;
    private final CaseRepository cases;
    private final CaseProcesses processes;
    private final OrganisationRepository organisation;
    private final TaskService tasks;
    private final TaskForms forms;
    private final CaseFiles files;
    private final DossierAccessLog accessLog;
    private final Intake intake;
    private final DeadlineExtensionStep extensionStep;
    private final StepForms stepForms;

    public CaseWorkspaceController(AccessScopes scopes, CaseSearch search, CaseRepository cases, CaseProcesses processes,
                                   OrganisationRepository organisation, TaskService tasks, TaskForms forms,
                                   CaseFiles files, DossierAccessLog accessLog, Intake intake,
                                   DeadlineExtensionStep extensionStep, StepForms stepForms) {
        this.intake = intake;
        this.extensionStep = extensionStep;
        this.stepForms = stepForms;
        this.accessLog = accessLog;
        this.forms = forms;
        this.files = files;
        this.scopes = scopes;
        this.search = search;
        this.cases = cases;
        this.processes = processes;
        this.organisation = organisation;
        this.tasks = tasks;
    }

    @GetMapping("/cases")
    public String list(Principal principal, Model model,
                       @RequestParam(name = "q", required = false) String query,
                       @RequestParam(required = false) String stage,
                       @RequestParam(required = false) String branch,
                       @RequestParam(required = false) String mentor,
                       @RequestParam(defaultValue = "false") boolean overdue,
                       @RequestParam(required = false) String sort,
                       @RequestParam(required = false) String dir,
                       @RequestParam(required = false) Integer page) {
        CaseScope scope = scopes.of(principal.getName());
        if (!scope.readsCases()) {
            return "redirect:/dashboard";
        }
        CaseFilter filter = CaseFilter.of(query, stage, branch, mentor, overdue, sort, dir, page);
        model.addAttribute("result", search.find(scope, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("branches", branchesOf(scope));
        model.addAttribute("mentors", search.mentorsInScope(scope));
        return "casework/list";
    }

    @GetMapping("/cases/{id}")
    public String page(@PathVariable String id, Principal principal, Model model) {
        CandidateCase c = readable(id, principal);
        accessLog.record(principal.getName(), id, "case-page");
        model.addAttribute("c", c);
        model.addAttribute("branch", organisation.findUnit(c.branchId()).map(Unit::name).orElse(c.branchId()));
        model.addAttribute("introducedBy", c.introducedByUnitId() == null ? null
                : organisation.findUnit(c.introducedByUnitId()).map(Unit::name).orElse(c.introducedByUnitId()));
        model.addAttribute("steps", StageStrip.of(c));
        model.addAttribute("gender", switch (c.gender()) {
            case "NAM" -> "Nam";
            case "NU" -> "Nữ";
            default -> c.gender();
        });
        model.addAttribute("createdOn", vn.mamxanh.web.VietnamTime.local(c.createdAt()));
        List<OpenTask> open = processes.openTasks(id, principal.getName());
        model.addAttribute("tasks", open);
        model.addAttribute("file", files.of(c, open, processes.deadlines(id)));
        model.addAttribute("timeline", processes.timeline(id));
        model.addAttribute("incidents", processes.incidents(id));
        model.addAttribute("endedByName", c.endedBy() == null ? null
                : organisation.findPerson(c.endedBy()).map(p -> p.fullName()).orElse(c.endedBy()));
        model.addAttribute("canWithdraw", intake.mayWithdraw(c, principal.getName()));
        model.addAttribute("canExtend", extensionStep.mayOpen(id, principal.getName()));
        return "casework/case";
    }

    /** The secretary records that the candidate withdraws (until the ceremony), with the reason. */
    @PostMapping("/cases/{id}/withdrawal")
    public String withdraw(@PathVariable String id, @RequestParam(defaultValue = "") String reason, Principal principal,
                           RedirectAttributes flash) {
        readable(id, principal);
        if (reason.isBlank()) {
            flash.addFlashAttribute("refused", "Vui lòng nhập lý do rút khỏi quá trình xem xét.");
        } else if (reason.length() > 900) {
            flash.addFlashAttribute("refused", "Lý do tối đa 900 ký tự.");
        } else {
            try {
                intake.withdraw(id, new WithdrawalRequest(reason));
                flash.addFlashAttribute("done", "Đã ghi nhận quần chúng xin rút; hồ sơ đã dừng.");
            } catch (ConflictException e) {
                flash.addFlashAttribute("refused", e.getMessage());
            }
        }
        return "redirect:/cases/" + id;
    }

    /** The deciding body opens the step that extends its decision deadline once (R09). */
    @PostMapping("/cases/{id}/deadline-extension")
    public String openExtension(@PathVariable String id, Principal principal, RedirectAttributes flash) {
        readable(id, principal);
        try {
            extensionStep.open(id, principal.getName());
            flash.addFlashAttribute("done", "Đã mở bước gia hạn: ghi số ngày làm việc gia hạn và lý do ở mục \"Việc đang chờ\".");
        } catch (ConflictException e) {
            flash.addFlashAttribute("refused", e.getMessage());
        }
        return "redirect:/cases/" + id;
    }

    /**
     * Completes a step in the viewer's own name with what they typed into its form, as Tasklist
     * would. A refusal leaves the step open and shows the rule's message next to the typed values.
     */
    @PostMapping("/cases/{id}/tasks/{taskId}/complete")
    public String complete(@PathVariable String id, @PathVariable String taskId, Principal principal,
                           @RequestParam Map<String, String> request, RedirectAttributes flash) {
        readable(id, principal);
        String name = processes.openTaskName(taskId, id)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<String, String> typed = TaskForms.typedValues(request);
        try {
            Map<String, Object> variables = forms.variables(forms.fieldsOf(taskId), typed);
            tasks.complete(taskId, stepForms.ofTask(taskId).map(form -> form.check(variables)).orElse(variables));
            flash.addFlashAttribute("done", "Đã hoàn thành bước: " + name + ".");
        } catch (AuthorizationException e) {
            throw new AccessDeniedException("Không có quyền thực hiện bước này.");
        } catch (ProcessEngineException e) {
            refused(flash, taskId, typed, ruleViolationIn(e).map(RuleViolationException::getMessage).orElse(
                    "Không hoàn thành được bước này. Hãy kiểm tra thông tin đã nhập hoặc mở bước trong Tasklist."));
        }
        return "redirect:/cases/" + id;
    }

    /** The engine may wrap a listener's refusal; the rule's own message is what the person needs. */
    private static java.util.Optional<RuleViolationException> ruleViolationIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof RuleViolationException violation) {
                return java.util.Optional.of(violation);
            }
        }
        return java.util.Optional.empty();
    }

    private static void refused(RedirectAttributes flash, String taskId, Map<String, String> typed, String message) {
        flash.addFlashAttribute("refused", message);
        flash.addFlashAttribute("refusedTask", taskId);
        flash.addFlashAttribute("entered", typed);
    }

    /** A case outside the viewer's scope is answered exactly like one that does not exist, so ids cannot be probed. */
    private CandidateCase readable(String id, Principal principal) {
        return cases.find(id).filter(c -> scopes.of(principal.getName()).canRead(c))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private List<Unit> branchesOf(CaseScope scope) {
        return scope.branchIds().stream()
                .map(organisation::findUnit).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(Unit::name)).toList();
    }
}
