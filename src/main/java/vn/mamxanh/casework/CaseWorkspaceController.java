package vn.mamxanh.casework;

import java.security.Principal;
import java.util.List;

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
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.web.RuleViolationException;

/** The case list and the case page (one per candidate), within the viewer's scope. */
@Controller
public class CaseWorkspaceController {

    private final CaseScopes scopes;
    private final CaseSearch search;
    private final CaseRepository cases;
    private final CaseProcesses processes;
    private final OrganisationRepository organisation;
    private final TaskService tasks;

    public CaseWorkspaceController(CaseScopes scopes, CaseSearch search, CaseRepository cases, CaseProcesses processes,
                                   OrganisationRepository organisation, TaskService tasks) {
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
                       @RequestParam(defaultValue = "false") boolean overdue,
                       @RequestParam(required = false) String sort,
                       @RequestParam(required = false) String dir,
                       @RequestParam(required = false) Integer page) {
        CaseScope scope = scopes.of(principal.getName());
        if (!scope.readsCases()) {
            return "redirect:/dashboard";
        }
        CaseFilter filter = CaseFilter.of(query, stage, branch, overdue, sort, dir, page);
        model.addAttribute("result", search.find(scope, filter));
        model.addAttribute("filter", filter);
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("branches", branchesOf(scope));
        return "casework/list";
    }

    @GetMapping("/cases/{id}")
    public String page(@PathVariable String id, Principal principal, Model model) {
        CandidateCase c = readable(id, principal);
        model.addAttribute("c", c);
        model.addAttribute("branch", organisation.findUnit(c.branchId()).map(Unit::name).orElse(c.branchId()));
        model.addAttribute("introducedBy", c.introducedByUnitId() == null ? null
                : organisation.findUnit(c.introducedByUnitId()).map(Unit::name).orElse(c.introducedByUnitId()));
        model.addAttribute("steps", StageStrip.of(c));
        model.addAttribute("createdOn", vn.mamxanh.web.VietnamTime.local(c.createdAt()));
        model.addAttribute("tasks", processes.openTasks(id, principal.getName()));
        model.addAttribute("timeline", processes.timeline(id));
        model.addAttribute("endedByName", c.endedBy() == null ? null
                : organisation.findPerson(c.endedBy()).map(p -> p.fullName()).orElse(c.endedBy()));
        return "casework/case";
    }

    /** Completes a step without form data, as Tasklist's "Hoàn thành" would, in the viewer's own name. */
    @PostMapping("/cases/{id}/tasks/{taskId}/complete")
    public String complete(@PathVariable String id, @PathVariable String taskId, Principal principal,
                           RedirectAttributes flash) {
        readable(id, principal);
        if (!processes.belongsToCase(taskId, id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        String name = tasks.createTaskQuery().taskId(taskId).singleResult() == null ? taskId
                : tasks.createTaskQuery().taskId(taskId).singleResult().getName();
        try {
            tasks.complete(taskId);
            flash.addFlashAttribute("done", "Đã hoàn thành bước: " + name + ".");
        } catch (RuleViolationException e) {
            flash.addFlashAttribute("refused", e.getMessage());
        } catch (AuthorizationException e) {
            throw new AccessDeniedException("Không có quyền thực hiện bước này.");
        } catch (ProcessEngineException e) {
            flash.addFlashAttribute("refused", "Bước này cần nhập thông tin: hãy mở bước trong Tasklist để hoàn thành.");
        }
        return "redirect:/cases/" + id;
    }

    private CandidateCase readable(String id, Principal principal) {
        CandidateCase c = cases.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!scopes.of(principal.getName()).canRead(c)) {
            throw new AccessDeniedException("Hồ sơ ngoài phạm vi được xem.");
        }
        return c;
    }

    private List<Unit> branchesOf(CaseScope scope) {
        return scope.branchIds().stream()
                .map(organisation::findUnit).flatMap(java.util.Optional::stream)
                .sorted(java.util.Comparator.comparing(Unit::name)).toList();
    }
}
