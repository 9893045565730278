package vn.mamxanh.quota;

import java.security.Principal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitKind;
import vn.mamxanh.organisation.UnitTree;
import vn.mamxanh.web.VietnamTime;
import vn.mamxanh.security.scope.AccessScopes;
import vn.mamxanh.security.scope.CaseScope;

/**
 * R15: an administrator assigns next year's quota to each child unit of a unit they administer
 * (or of a unit below it), starting from a proposal based on the membership at the start of the year.
 */
@Controller
public class QuotaController {

    /** Quotas above this are certainly typing mistakes: a whole province admits about 1,200 a year. */
    static final int MAX_TARGET = 100_000;

    private final AccessScopes scopes;
    private final OrganisationRepository organisation;
    private final QuotaRepository quotas;
    private final DashboardQueries queries;
    private final QuotaSettings settings;

    public QuotaController(AccessScopes scopes, OrganisationRepository organisation, QuotaRepository quotas,
                           DashboardQueries queries, QuotaSettings settings) {
        this.scopes = scopes;
        this.organisation = organisation;
        this.quotas = quotas;
        this.queries = queries;
        this.settings = settings;
    }

    /** One line of the quota form. */
    public record QuotaLine(Unit unit, long members, int proposal, Integer current, String entered, String error) {
    }

    @GetMapping("/quotas")
    public String page(Principal principal, Model model, @RequestParam(required = false) String unit,
                       @RequestParam(required = false) Integer year) {
        CaseScope scope = scopes.of(principal.getName());
        UnitTree tree = UnitTree.of(organisation);
        Unit parent = administeredUnit(scope, tree, unit);
        int quotaYear = year == null ? thisYear() + 1 : year;
        if (!allowedYear(quotaYear)) {
            quotaYear = thisYear() + 1;
        }
        show(model, scope, tree, parent, quotaYear, Map.of(), Map.of());
        return "quota/quotas";
    }

    @PostMapping("/quotas")
    @Transactional
    public String assign(Principal principal, Model model, HttpServletResponse response, RedirectAttributes flash,
                         @RequestParam String unit, @RequestParam String year,
                         @RequestParam Map<String, String> form) {
        CaseScope scope = scopes.of(principal.getName());
        UnitTree tree = UnitTree.of(organisation);
        Unit parent = administeredUnit(scope, tree, unit);
        Integer quotaYear = parseYear(year);
        Map<String, String> errors = new LinkedHashMap<>();
        Map<String, String> entered = new LinkedHashMap<>();
        Map<String, Integer> targets = new LinkedHashMap<>();
        if (quotaYear == null) {
            errors.put("year", "Năm giao chỉ tiêu phải là năm nay hoặc năm sau.");
        }
        for (Unit child : tree.partyChildren(parent.id())) {
            String value = form.getOrDefault("target_" + child.id(), "").trim();
            entered.put(child.id(), value);
            if (value.isEmpty()) {
                continue;
            }
            Integer target = parseTarget(value);
            if (target == null) {
                errors.put(child.id(), "Chỉ tiêu của " + child.name() + " phải là số nguyên từ 0 đến "
                        + String.format("%,d", MAX_TARGET).replace(',', '.') + ".");
            } else {
                targets.put(child.id(), target);
            }
        }
        if (!errors.isEmpty()) {
            // Nothing is stored when any line is wrong: the administrator fixes it and sends the whole form again.
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            show(model, scope, tree, parent, quotaYear == null ? thisYear() + 1 : quotaYear, entered, errors);
            return "quota/quotas";
        }
        Map<String, Integer> current = quotas.current(targets.keySet(), quotaYear);
        int changed = 0;
        for (Map.Entry<String, Integer> target : targets.entrySet()) {
            if (!target.getValue().equals(current.get(target.getKey()))) {
                quotas.assign(target.getKey(), quotaYear, target.getValue(), principal.getName());
                changed++;
            }
        }
        flash.addFlashAttribute("saved", "Đã lưu chỉ tiêu năm " + quotaYear + " cho " + changed + " đơn vị.");
        return "redirect:/quotas?unit=" + parent.id() + "&year=" + quotaYear;
    }

    private void show(Model model, CaseScope scope, UnitTree tree, Unit parent, int year,
                      Map<String, String> entered, Map<String, String> errors) {
        List<Unit> children = tree.partyChildren(parent.id());
        Map<String, Integer> current = quotas.current(children.stream().map(Unit::id).toList(), year);
        List<QuotaLine> lines = children.stream().map(child -> {
            long members = queries.membersAtStartOf(year, tree.branchesUnder(child.id())).values().stream()
                    .mapToLong(Long::longValue).sum();
            Integer now = current.get(child.id());
            return new QuotaLine(child, members, QuotaRules.proposal(members, settings.proposalRate()), now,
                    entered.getOrDefault(child.id(), now == null ? "" : now.toString()), errors.get(child.id()));
        }).toList();
        model.addAttribute("parent", parent);
        model.addAttribute("year", year);
        model.addAttribute("years", List.of(thisYear(), thisYear() + 1));
        model.addAttribute("lines", lines);
        model.addAttribute("errors", errors);
        model.addAttribute("ratePercent", settings.proposalRate().movePointRight(2).stripTrailingZeros().toPlainString()
                .replace('.', ','));
        model.addAttribute("parents", scope.administeredUnits().stream()
                .flatMap(root -> tree.subtree(root.id()).stream())
                .filter(u -> u.kind() != UnitKind.BRANCH && UnitTree.PARTY_ORGANISATIONS.contains(u.kind()) && u.isOpen())
                .toList());
        model.addAttribute("parentQuota", quotas.current(parent.id(), year).orElse(null));
    }

    private Unit administeredUnit(CaseScope scope, UnitTree tree, String requested) {
        if (!scope.administrator()) {
            throw new AccessDeniedException("Chỉ quản trị viên được giao chỉ tiêu.");
        }
        String unitId = requested == null || requested.isBlank() ? scope.administeredUnits().get(0).id() : requested;
        Unit unit = tree.find(unitId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!scope.administers(unitId, tree)) {
            throw new AccessDeniedException("Đơn vị ngoài phạm vi quản trị.");
        }
        return unit;
    }

    private Integer parseYear(String value) {
        try {
            int year = Integer.parseInt(value.trim());
            return allowedYear(year) ? year : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Quotas are set for next year, and may still be corrected for this one. */
    private boolean allowedYear(int year) {
        return year == thisYear() || year == thisYear() + 1;
    }

    private static Integer parseTarget(String value) {
        try {
            int target = Integer.parseInt(value);
            return target < 0 || target > MAX_TARGET ? null : target;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static int thisYear() {
        LocalDate today = VietnamTime.today();
        return today.getYear();
    }
}
