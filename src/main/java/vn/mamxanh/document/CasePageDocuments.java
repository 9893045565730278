package vn.mamxanh.document;

import java.security.Principal;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.HandlerMapping;

import jakarta.servlet.http.HttpServletRequest;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.casework.CaseWorkspaceController;
import vn.mamxanh.security.scope.AccessScopes;

/**
 * Adds the case's documents to the case page ({@code documents}, and the latest one to preview
 * inline), so the case page needs no knowledge of how documents are made.
 */
@ControllerAdvice(assignableTypes = CaseWorkspaceController.class)
class CasePageDocuments {

    private final CaseRepository cases;
    private final AccessScopes scopes;
    private final CaseDocuments documents;

    CasePageDocuments(CaseRepository cases, AccessScopes scopes, CaseDocuments documents) {
        this.cases = cases;
        this.scopes = scopes;
        this.documents = documents;
    }

    @ModelAttribute
    void documents(HttpServletRequest request, Principal principal, Model model) {
        @SuppressWarnings("unchecked")
        Map<String, String> path = (Map<String, String>) request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        String id = path == null ? null : path.get("id");
        if (id == null || principal == null || !"GET".equals(request.getMethod())) {
            return;
        }
        cases.find(id).filter(c -> scopes.of(principal.getName()).canRead(c)).ifPresent(c -> {
            List<CaseDocuments.Available> available = documents.available(c);
            model.addAttribute("documents", available);
            // the latest step's document; the checklist (always last) when no step has a document yet
            model.addAttribute("latestDocument", available.size() > 1 ? available.get(available.size() - 2) : available.get(0));
        });
    }
}
