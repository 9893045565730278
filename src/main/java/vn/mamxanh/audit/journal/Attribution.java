package vn.mamxanh.audit.journal;

import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.RoleAssignment;

/**
 * Who acted in which role, and to which unit a case belongs: read from the application's own
 * tables, so the journal does not depend on the engine's identity service.
 */
@Component
public class Attribution {

    /** The actor of what nobody started by hand: timers, the job executor, start-up. */
    public static final String SYSTEM = "system";

    private final OrganisationRepository organisation;
    private final CaseRepository cases;

    public Attribution(OrganisationRepository organisation, CaseRepository cases) {
        this.organisation = organisation;
        this.cases = cases;
    }

    /**
     * The person's roles as group ids ({@code cb-thon-dong.secretary}). When the step belongs to
     * certain groups (a task's candidate groups), only the roles the person acted in are given.
     */
    public String rolesOf(String userId, Collection<String> stepGroups) {
        if (userId == null || SYSTEM.equals(userId)) {
            return null;
        }
        List<String> roles = organisation.findRoleAssignmentsOf(userId).stream().map(RoleAssignment::groupId).sorted().toList();
        List<String> acting = roles.stream().filter(stepGroups::contains).toList();
        List<String> chosen = acting.isEmpty() ? roles : acting;
        return chosen.isEmpty() ? null : chosen.stream().collect(Collectors.joining(", "));
    }

    public String unitOf(String caseId) {
        return caseId == null ? null : cases.find(caseId).map(CandidateCase::branchId).orElse(null);
    }
}
