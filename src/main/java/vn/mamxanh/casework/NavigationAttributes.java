package vn.mamxanh.casework;

import java.security.Principal;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Person;
import vn.mamxanh.security.scope.AccessScopes;
import vn.mamxanh.security.scope.CaseScope;

/** What the shared top bar needs on every page: who is logged in and which menus apply to them. */
@ControllerAdvice(basePackages = {"vn.mamxanh.casework", "vn.mamxanh.quota", "vn.mamxanh.caseimport"})
class NavigationAttributes {

    private final AccessScopes scopes;
    private final OrganisationRepository organisation;

    NavigationAttributes(AccessScopes scopes, OrganisationRepository organisation) {
        this.scopes = scopes;
        this.organisation = organisation;
    }

    @ModelAttribute
    void navigation(Principal principal, Model model) {
        if (principal == null) {
            return;
        }
        CaseScope scope = scopes.of(principal.getName());
        model.addAttribute("viewerName",
                organisation.findPerson(principal.getName()).map(Person::fullName).orElse(principal.getName()));
        model.addAttribute("viewerReadsCases", scope.readsCases());
        model.addAttribute("viewerAdministrator", scope.administrator());
        model.addAttribute("viewerImportsCases", organisation.findRoleAssignmentsOf(principal.getName()).stream()
                .anyMatch(assignment -> assignment.role() == vn.mamxanh.organisation.Role.SECRETARY));
    }
}
