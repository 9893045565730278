package vn.mamxanh.audit.web;

import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.mamxanh.security.scope.AccessScopes;
import vn.mamxanh.security.scope.AuditScope;

/**
 * The logged-in auditor's scope for the audit pages and API, as {@link AccessScopes} works it out:
 * everything below the committee of their inspection commission (DOMAIN.md §4). Anyone who is not
 * an auditor may read nothing here.
 */
@Component
public class AuditorScope {

    private final AccessScopes scopes;

    public AuditorScope(AccessScopes scopes) {
        this.scopes = scopes;
    }

    /** What one auditor reads: the committees their commissions serve ({@code roots}) and every unit below them. */
    public record Scope(String auditor, Set<String> roots, Set<String> units) {

        public boolean covers(String unitId) {
            return unitId != null && units.contains(unitId);
        }
    }

    /** The logged-in auditor's scope; refuses (403) anyone who holds no auditor role. */
    public Scope current() {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        String user = login == null ? null : login.getName();
        AuditScope scope = (user == null ? java.util.Optional.<AuditScope>empty() : scopes.auditorScope(user))
                .orElseThrow(() -> new AccessDeniedException("Only auditors read the audit journal"));
        return new Scope(scope.auditor(), scope.roots(), scope.units());
    }

    /** A unit and everything below it. */
    public Set<String> subtree(String unitId) {
        return scopes.subtree(unitId);
    }
}
