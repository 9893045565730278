package vn.mamxanh.quota;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.LocalDate;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.UnitTree;
import vn.mamxanh.web.VietnamTime;
import vn.mamxanh.security.scope.AccessScopes;
import vn.mamxanh.security.scope.CaseScope;

/** Dashboards for every level: a unit's figures per child unit, each table also as .xlsx. */
@Controller
public class DashboardController {

    static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final AccessScopes scopes;
    private final Dashboards dashboards;
    private final OrganisationRepository organisation;

    public DashboardController(AccessScopes scopes, Dashboards dashboards, OrganisationRepository organisation) {
        this.scopes = scopes;
        this.dashboards = dashboards;
        this.organisation = organisation;
    }

    @GetMapping("/dashboard")
    public String page(Principal principal, Model model, @RequestParam(required = false) String unit,
                       @RequestParam(required = false) Integer year) {
        CaseScope scope = scopes.of(principal.getName());
        String unitId = allowedUnit(scope, unit);
        Dashboard dashboard = dashboards.of(unitId, yearOr(year), scope.readsCases());
        model.addAttribute("d", dashboard);
        model.addAttribute("roots", scope.dashboardUnits());
        return "quota/dashboard";
    }

    @GetMapping("/dashboard/export/{table}.xlsx")
    public ResponseEntity<byte[]> export(@PathVariable String table, Principal principal,
                                         @RequestParam(required = false) String unit,
                                         @RequestParam(required = false) Integer year) {
        CaseScope scope = scopes.of(principal.getName());
        Dashboard dashboard = dashboards.of(allowedUnit(scope, unit), yearOr(year), false);
        DashboardTable found = dashboard.table(table).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        byte[] workbook = XlsxExport.of(found, dashboard.unit().name() + " — năm " + dashboard.year());
        String fileName = "mamxanh-" + found.key() + "-" + dashboard.unit().id() + "-" + dashboard.year() + ".xlsx";
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(fileName, StandardCharsets.UTF_8).build().toString())
                .body(workbook);
    }

    private String allowedUnit(CaseScope scope, String requested) {
        if (scope.dashboardUnits().isEmpty()) {
            throw new AccessDeniedException("Không có đơn vị nào để xem bảng điều khiển.");
        }
        if (requested == null || requested.isBlank()) {
            return scope.dashboardUnits().get(0).id();
        }
        UnitTree tree = UnitTree.of(organisation);
        if (tree.find(requested).isEmpty()) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (!scope.seesDashboard(requested, tree)) {
            throw new AccessDeniedException("Đơn vị ngoài phạm vi được xem.");
        }
        return requested;
    }

    private static int yearOr(Integer year) {
        LocalDate today = VietnamTime.today();
        return year == null || year < 2000 || year > 2100 ? today.getYear() : year;
    }
}
