package vn.mamxanh.audit.web;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.RoleAssignment;
import vn.mamxanh.organisation.Unit;

/**
 * What an auditor may read: everything in the district of their inspection commission (DOMAIN.md
 * §4), i.e. every unit below that district. Anyone who is not an auditor may read nothing here.
 */
@Component
public class AuditorScope {

    private final OrganisationRepository organisation;
    private final OrganisationDirectory directory;

    public AuditorScope(OrganisationRepository organisation, OrganisationDirectory directory) {
        this.organisation = organisation;
        this.directory = directory;
    }

    public record Scope(String auditor, Set<String> districts, Set<String> units) {

        public boolean covers(String unitId) {
            return unitId != null && units.contains(unitId);
        }
    }

    /** The logged-in auditor's scope; refuses (403) anyone who holds no auditor role. */
    public Scope current() {
        Authentication login = SecurityContextHolder.getContext().getAuthentication();
        String user = login == null ? null : login.getName();
        List<RoleAssignment> audits = user == null ? List.of() : organisation.findRoleAssignmentsOf(user).stream()
                .filter(assignment -> assignment.role() == Role.AUDITOR)
                .toList();
        if (audits.isEmpty()) {
            throw new AccessDeniedException("Only auditors read the audit journal");
        }
        Set<String> districts = new TreeSet<>();
        Set<String> units = new TreeSet<>();
        for (RoleAssignment audit : audits) {
            Unit district = directory.districtOf(audit.unitId());
            districts.add(district.id());
            units.addAll(subtree(district.id()));
        }
        return new Scope(user, districts, units);
    }

    /** A unit and everything below it. */
    public Set<String> subtree(String unitId) {
        Set<String> found = new TreeSet<>();
        Deque<String> toVisit = new ArrayDeque<>(List.of(unitId));
        while (!toVisit.isEmpty()) {
            String next = toVisit.pop();
            if (found.add(next)) {
                organisation.findChildren(next).forEach(child -> toVisit.push(child.id()));
            }
        }
        return found;
    }
}
