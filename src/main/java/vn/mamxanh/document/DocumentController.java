package vn.mamxanh.document;

import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.Map;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import jakarta.servlet.http.HttpServletResponse;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.security.dossier.DossierAccessLog;
import vn.mamxanh.web.NotFoundException;
import vn.mamxanh.security.scope.AccessScopes;

/**
 * A case's official documents: the preview page (the document's own template in the browser) and
 * the PDF. Whoever may read the case may read them; to anyone else the case does not exist (404).
 * Every read is logged as a dossier read.
 */
@Controller
public class DocumentController {

    static final String STYLESHEET = "css/documents.css";

    private final CaseRepository cases;
    private final AccessScopes scopes;
    private final CaseDocuments documents;
    private final PdfDocuments pdf;
    private final DossierAccessLog accessLog;

    public DocumentController(CaseRepository cases, AccessScopes scopes, CaseDocuments documents, PdfDocuments pdf,
                              DossierAccessLog accessLog) {
        this.cases = cases;
        this.scopes = scopes;
        this.documents = documents;
        this.pdf = pdf;
        this.accessLog = accessLog;
    }

    @GetMapping("/cases/{id}/documents/{slug}")
    public String preview(@PathVariable String id, @PathVariable String slug, Principal principal, Model model,
                          @RequestParam(defaultValue = "false") boolean embedded) {
        CandidateCase c = readable(id, principal);
        DocumentKind kind = kind(slug);
        Map<String, Object> filled = documents.model(c, kind);
        accessLog.record(principal.getName(), id, "document:" + slug);
        model.addAllAttributes(filled);
        model.addAttribute("pdf", false);
        // inside the case page's frame the case page itself offers the way back and the download
        model.addAttribute("embedded", embedded);
        return kind.template();
    }

    @GetMapping("/cases/{id}/documents/{slug}.pdf")
    public ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable String slug, Principal principal,
                                           @RequestParam(defaultValue = "false") boolean inline) {
        CandidateCase c = readable(id, principal);
        DocumentKind kind = kind(slug);
        byte[] body = pdf.render(kind.template(), STYLESHEET, documents.model(c, kind));
        accessLog.record(principal.getName(), id, "document:" + slug + ".pdf");
        ContentDisposition disposition = (inline ? ContentDisposition.inline() : ContentDisposition.attachment())
                .filename(slug + "-" + id + ".pdf", StandardCharsets.UTF_8).build();
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition.toString())
                .contentType(MediaType.APPLICATION_PDF)
                .body(body);
    }

    @ExceptionHandler(NotFoundException.class)
    public String notFound(NotFoundException e, Model model, HttpServletResponse response) {
        response.setStatus(HttpStatus.NOT_FOUND.value());
        model.addAttribute("status", HttpStatus.NOT_FOUND.value());
        model.addAttribute("title", "Không tìm thấy");
        model.addAttribute("detail", e.getMessage());
        return "error";
    }

    /** A case outside the reader's scope answers exactly as a case that does not exist. */
    private CandidateCase readable(String id, Principal principal) {
        return cases.find(id).filter(c -> scopes.of(principal.getName()).canRead(c))
                .orElseThrow(() -> new NotFoundException("Không tìm thấy hồ sơ " + id + "."));
    }

    private static DocumentKind kind(String slug) {
        return DocumentKind.ofSlug(slug).orElseThrow(() -> new NotFoundException("Không có loại văn bản \"" + slug + "\"."));
    }
}
