package vn.mamxanh.caseimport;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.RoleAssignment;
import vn.mamxanh.organisation.Unit;

/**
 * "Nhập hồ sơ từ Excel": a branch secretary downloads the template, uploads the filled-in sheet, sees
 * every row with its errors, ticks the rows to bring in and confirms. Only secretaries, and only for
 * the branches they are secretary of: the cases a branch already follows on paper are its own.
 * The checked upload waits in the session between preview and confirmation; confirming checks the
 * rows again, so a row that became a duplicate meanwhile is refused rather than imported twice.
 */
@Controller
class CaseImportController {

    private static final String PENDING = CaseImportController.class.getName() + ".pending";
    private static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final OrganisationRepository organisation;
    private final ImportChecks checks;
    private final CaseImport importer;

    CaseImportController(OrganisationRepository organisation, ImportChecks checks, CaseImport importer) {
        this.organisation = organisation;
        this.checks = checks;
        this.importer = importer;
    }

    /** An upload waiting for confirmation. */
    record PendingImport(String fileName, List<SheetRow> rows) implements java.io.Serializable {
    }

    @GetMapping("/cases/import")
    String upload(Principal principal, Model model) {
        model.addAttribute("branches", branchesOf(principal));
        return "caseimport/upload";
    }

    @GetMapping("/cases/import/template.xlsx")
    ResponseEntity<byte[]> template(Principal principal) {
        List<ImportWorkbook.BranchHelp> help = branchesOf(principal).stream()
                .map(branch -> new ImportWorkbook.BranchHelp(branch.name(), organisation.findMembersOf(branch.id()).stream()
                        .filter(person -> person.isOfficialMemberOf(branch.id()))
                        .map(person -> person.fullName() + " (" + person.id() + ")").toList()))
                .toList();
        return ResponseEntity.ok()
                .contentType(XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("mau-nhap-ho-so.xlsx").build().toString())
                .body(ImportWorkbook.template(help));
    }

    @PostMapping("/cases/import")
    String preview(@RequestParam("file") MultipartFile file, Principal principal, HttpSession session, Model model) {
        Set<String> branchIds = branchIdsOf(principal);
        model.addAttribute("branches", branchesOf(principal));
        String fileName = file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()
                ? "tệp tải lên" : file.getOriginalFilename();
        if (file.isEmpty()) {
            model.addAttribute("uploadError", "Chưa chọn tệp, hoặc tệp rỗng.");
            return "caseimport/upload";
        }
        List<SheetRow> rows;
        try (InputStream in = file.getInputStream()) {
            rows = ImportWorkbook.read(in);
        } catch (ImportWorkbook.UnreadableSheet e) {
            model.addAttribute("uploadError", e.getMessage());
            return "caseimport/upload";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (rows.isEmpty()) {
            model.addAttribute("uploadError", "Tệp " + fileName + " không có dòng nào dưới dòng tiêu đề.");
            return "caseimport/upload";
        }
        String token = UUID.randomUUID().toString();
        pending(session).put(token, new PendingImport(fileName, rows));
        showPreview(model, token, fileName, checks.check(rows, branchIds), null);
        return "caseimport/preview";
    }

    @PostMapping("/cases/import/confirm")
    String confirm(@RequestParam String token, @RequestParam(name = "rows", required = false) List<Integer> chosen,
                   Principal principal, HttpSession session, Model model) {
        PendingImport upload = pending(session).get(token);
        model.addAttribute("branches", branchesOf(principal));
        if (upload == null) {
            model.addAttribute("uploadError", "Phiên xem trước đã hết hạn hoặc tệp đã được nhập; xin tải tệp lên lại.");
            return "caseimport/upload";
        }
        Set<Integer> wanted = chosen == null ? Set.of() : new LinkedHashSet<>(chosen);
        List<CheckedRow> checked = checks.check(upload.rows(), branchIdsOf(principal));
        if (wanted.isEmpty()) {
            showPreview(model, token, upload.fileName(), checked, "Chưa chọn dòng nào để nhập.");
            return "caseimport/preview";
        }
        List<CheckedRow> refused = checked.stream().filter(row -> wanted.contains(row.number()) && !row.importable()).toList();
        if (!refused.isEmpty()) {
            showPreview(model, token, upload.fileName(), checked, "Chưa nhập hồ sơ nào: dòng "
                    + String.join(", ", refused.stream().map(row -> String.valueOf(row.number())).toList())
                    + " không còn nhập được (xem lỗi bên dưới). Bỏ chọn các dòng đó rồi xác nhận lại.");
            return "caseimport/preview";
        }
        List<ImportedCandidate> confirmed = checked.stream().filter(row -> wanted.contains(row.number()))
                .map(CheckedRow::candidate).toList();
        List<CaseImport.ImportedCase> done = importer.importAll(confirmed, principal.getName(), upload.fileName());
        pending(session).remove(token);
        model.addAttribute("fileName", upload.fileName());
        model.addAttribute("imported", done);
        model.addAttribute("notImported", checked.stream().filter(row -> !wanted.contains(row.number())).toList());
        return "caseimport/done";
    }

    private static void showPreview(Model model, String token, String fileName, List<CheckedRow> rows, String message) {
        model.addAttribute("token", token);
        model.addAttribute("fileName", fileName);
        model.addAttribute("rows", rows);
        model.addAttribute("importable", rows.stream().filter(CheckedRow::importable).count());
        model.addAttribute("refused", rows.stream().filter(row -> !row.errors().isEmpty()).count());
        model.addAttribute("already", rows.stream().filter(row -> row.errors().isEmpty() && row.alreadyImported()).count());
        model.addAttribute("confirmError", message);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, PendingImport> pending(HttpSession session) {
        Map<String, PendingImport> pending = (Map<String, PendingImport>) session.getAttribute(PENDING);
        if (pending == null) {
            pending = new LinkedHashMap<>();
            session.setAttribute(PENDING, pending);
        }
        return pending;
    }

    /** The open branches the person is secretary of; anyone else may not import. */
    private List<Unit> branchesOf(Principal principal) {
        List<Unit> branches = new ArrayList<>();
        for (RoleAssignment assignment : organisation.findRoleAssignmentsOf(principal.getName())) {
            if (assignment.role() == Role.SECRETARY) {
                organisation.findUnit(assignment.unitId()).filter(Unit::isOpen).ifPresent(branches::add);
            }
        }
        if (branches.isEmpty()) {
            throw new AccessDeniedException("only branch secretaries import cases");
        }
        return branches;
    }

    private Set<String> branchIdsOf(Principal principal) {
        Set<String> ids = new LinkedHashSet<>();
        branchesOf(principal).forEach(unit -> ids.add(unit.id()));
        return ids;
    }
}
