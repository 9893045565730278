package vn.mamxanh.audit.web;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.UriComponentsBuilder;

import jakarta.servlet.http.HttpServletResponse;

import vn.mamxanh.audit.AuditAction;
import vn.mamxanh.audit.journal.JournalVerifier;
import vn.mamxanh.document.PdfDocuments;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Person;
import vn.mamxanh.web.NotFoundException;

/** The auditors' pages: a case's history, the search across cases, and both as CSV and PDF. */
@Controller
public class AuditPages {

    private final AuditorScope scopes;
    private final AuditReader reader;
    private final JournalVerifier verifier;
    private final PdfDocuments pdf;
    private final OrganisationRepository organisation;

    /** Entries a search page shows at once; a phone scrolls through 50 comfortably. */
    static final int PAGE_SIZE = 50;

    public AuditPages(AuditorScope scopes, AuditReader reader, JournalVerifier verifier, PdfDocuments pdf,
                      OrganisationRepository organisation) {
        this.pdf = pdf;
        this.organisation = organisation;
        this.scopes = scopes;
        this.reader = reader;
        this.verifier = verifier;
    }

    /** Shown in the top bar of every audit page: the auditor's name, not their login. */
    @ModelAttribute("auditor")
    public String auditor() {
        var login = SecurityContextHolder.getContext().getAuthentication();
        return login == null ? "" : organisation.findPerson(login.getName()).map(Person::fullName).orElse(login.getName());
    }

    @GetMapping("/audit")
    public String home() {
        return "redirect:/audit/search";
    }

    @GetMapping("/audit/cases/{caseId}")
    public String caseHistory(@PathVariable String caseId, Model model,
                              @org.springframework.web.bind.annotation.RequestParam(required = false) Integer page) {
        AuditorScope.Scope scope = scopes.current();
        AuditReader.CaseHistory history = reader.caseHistory(caseId, scope);
        List<HistoryLine> all = history.lines();
        int pages = Math.max(1, (all.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        int shown = Math.min(Math.max(1, page == null ? 1 : page), pages);
        model.addAttribute("history", history);
        model.addAttribute("lines", all.subList((shown - 1) * PAGE_SIZE, Math.min(all.size(), shown * PAGE_SIZE)));
        model.addAttribute("page", new AuditReader.Page(List.of(), all.size(), shown, PAGE_SIZE));
        return "audit/case";
    }

    @GetMapping("/audit/cases/{caseId}.csv")
    public ResponseEntity<byte[]> caseCsv(@PathVariable String caseId) {
        AuditReader.CaseHistory history = reader.caseHistory(caseId, scopes.current());
        return file(CsvExport.of(history.lines()), "lich-su-" + caseId + ".csv", "text/csv;charset=UTF-8");
    }

    @GetMapping("/audit/cases/{caseId}.pdf")
    public ResponseEntity<byte[]> casePdf(@PathVariable String caseId) {
        AuditorScope.Scope scope = scopes.current();
        AuditReader.CaseHistory history = reader.caseHistory(caseId, scope);
        String title = "Lịch sử hồ sơ " + caseId;
        List<String> about = List.of(
                "Quần chúng: " + (history.candidateName() == null ? "—" : history.candidateName())
                        + " — Đơn vị: " + history.unitName()
                        + (history.status() == null ? "" : " — Trạng thái: " + history.status()),
                exportedBy(scope));
        return file(exportPdf(title, about, history.lines()), "lich-su-" + caseId + ".pdf", MediaType.APPLICATION_PDF_VALUE);
    }

    @GetMapping("/audit/search")
    public String search(SearchForm typed, Model model, HttpServletResponse response) {
        AuditorScope.Scope scope = scopes.current();
        SearchForm form = typed.withActor(reader.personLogin(typed.actor()));
        model.addAttribute("form", typed);
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("outcomes", Outcomes.WORDS);
        model.addAttribute("people", reader.people());
        model.addAttribute("units", reader.units(scope));
        model.addAttribute("limit", reader.searchLimit());
        model.addAttribute("exportQuery", exportQuery(form));
        try {
            AuditReader.Page page = reader.searchPage(form.toSearch(scope, scopes), form.pageOrFirst(), PAGE_SIZE);
            model.addAttribute("page", page);
            model.addAttribute("lines", page.lines());
            model.addAttribute("pageQuery", exportQuery(typed));
        } catch (SearchForm.InvalidSearch invalid) {
            model.addAttribute("errors", invalid.errors());
            model.addAttribute("lines", List.of());
            response.setStatus(HttpStatus.BAD_REQUEST.value());
        }
        return "audit/search";
    }

    @GetMapping("/audit/search.csv")
    public ResponseEntity<byte[]> searchCsv(SearchForm typed) {
        SearchForm form = typed.withActor(reader.personLogin(typed.actor()));
        AuditorScope.Scope scope = scopes.current();
        return file(CsvExport.of(reader.search(form.toSearch(scope, scopes))), "tra-cuu-nhat-ky.csv", "text/csv;charset=UTF-8");
    }

    @GetMapping("/audit/search.pdf")
    public ResponseEntity<byte[]> searchPdf(SearchForm typed) {
        SearchForm form = typed.withActor(reader.personLogin(typed.actor()));
        AuditorScope.Scope scope = scopes.current();
        List<HistoryLine> lines = reader.search(form.toSearch(scope, scopes));
        List<String> about = List.of("Điều kiện: " + typed.describe(), exportedBy(scope));
        return file(exportPdf("Kết quả tra cứu nhật ký kiểm tra", about, lines), "tra-cuu-nhat-ky.pdf",
                MediaType.APPLICATION_PDF_VALUE);
    }

    /** The journal on the application's one print pipeline (template audit/export, DejaVu Sans embedded). */
    private byte[] exportPdf(String title, List<String> about, List<HistoryLine> lines) {
        return pdf.render("audit/export", "css/audit-print.css", java.util.Map.of("title", title, "about", about, "lines", lines));
    }

    @GetMapping("/audit/journal/verify")
    public String verify(Model model) {
        scopes.current();
        model.addAttribute("verification", verifier.verify());
        return "audit/verify";
    }

    @ExceptionHandler(SearchForm.InvalidSearch.class)
    public String invalidSearch(SearchForm.InvalidSearch e, Model model, HttpServletResponse response) {
        return errorPage(HttpStatus.BAD_REQUEST, "Yêu cầu không hợp lệ", e.getMessage(), model, response);
    }

    @ExceptionHandler(NotFoundException.class)
    public String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        return errorPage(HttpStatus.NOT_FOUND, "Không tìm thấy", e.getMessage(), model, response);
    }

    private static String errorPage(HttpStatus status, String title, String detail, Model model, HttpServletResponse response) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", title);
        model.addAttribute("detail", detail);
        return "error";
    }

    private String exportedBy(AuditorScope.Scope scope) {
        Instant now = ClockUtil.getCurrentTime().toInstant();
        String who = organisation.findPerson(scope.auditor()).map(p -> p.fullName() + " (" + p.id() + ")").orElse(scope.auditor());
        return "Trích xuất bởi " + who + " lúc " + AuditReader.time(now)
                + " — Phạm vi: " + String.join(", ", scope.roots());
    }

    private static String exportQuery(SearchForm form) {
        return UriComponentsBuilder.newInstance()
                .queryParamIfPresent("actor", Optional.ofNullable(form.actor()))
                .queryParamIfPresent("unit", Optional.ofNullable(form.unit()))
                .queryParamIfPresent("action", Optional.ofNullable(form.action()))
                .queryParamIfPresent("from", Optional.ofNullable(form.from()))
                .queryParamIfPresent("to", Optional.ofNullable(form.to()))
                .queryParamIfPresent("outcome", Optional.ofNullable(form.outcome()))
                .queryParamIfPresent("afterDeadline", Optional.ofNullable(form.afterDeadline()))
                .queryParamIfPresent("caseId", Optional.ofNullable(form.caseId()))
                .encode(StandardCharsets.UTF_8).build().toUriString();
    }

    private static ResponseEntity<byte[]> file(byte[] body, String name, String type) {
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name, StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(type))
                .body(body);
    }
}
