package vn.mamxanh.casework;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.mamxanh.mentoring.MentorAssignments;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.RoleAssignment;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitKind;
import vn.mamxanh.organisation.UnitTree;

/**
 * Works out a person's {@link CaseScope} from their role assignments and the org tree (DOMAIN.md §4):
 * a branch's secretary and committee see that branch, a grassroots committee its branches, the
 * district bodies and the inspection commission their district; administrators see figures only.
 * A mentor sees the cases currently assigned to them, whatever their roles.
 */
@Component
public class CaseScopes {

    private final OrganisationRepository organisation;
    private final MentorAssignments mentors;

    public CaseScopes(OrganisationRepository organisation, MentorAssignments mentors) {
        this.organisation = organisation;
        this.mentors = mentors;
    }

    public CaseScope of(String personId) {
        UnitTree tree = UnitTree.of(organisation);
        Set<String> branches = new LinkedHashSet<>();
        Set<String> introducers = new LinkedHashSet<>();
        List<Unit> dashboards = new ArrayList<>();
        List<Unit> administered = new ArrayList<>();
        for (RoleAssignment assignment : organisation.findRoleAssignmentsOf(personId)) {
            Unit unit = tree.find(assignment.unitId()).orElse(null);
            if (unit == null || !unit.isOpen()) {
                continue;
            }
            Unit root = switch (assignment.role()) {
                case SECRETARY, BRANCH_COMMITTEE, GRASSROOTS_COMMITTEE, ADMINISTRATOR -> unit;
                case POLITICAL_CENTRE_STAFF, ORGANISATION_BOARD_MEMBER, STANDING_COMMITTEE_MEMBER, AUDITOR ->
                        districtAbove(unit, tree);
                case MASS_ORGANISATION_REPRESENTATIVE -> null;
                // A role this list does not know yet sees its own unit's figures and no case contents.
                default -> null;
            };
            if (assignment.role() == Role.MASS_ORGANISATION_REPRESENTATIVE) {
                introducers.add(unit.id());
            } else if (root == null) {
                addOnce(dashboards, unit);
            } else {
                addOnce(dashboards, root);
                if (assignment.role() == Role.ADMINISTRATOR) {
                    addOnce(administered, root);
                } else {
                    branches.addAll(tree.branchesUnder(root.id()));
                }
            }
        }
        return new CaseScope(personId, Set.copyOf(branches), Set.copyOf(introducers), List.copyOf(dashboards),
                List.copyOf(administered), Set.copyOf(mentors.casesMentoredBy(personId)));
    }

    private static Unit districtAbove(Unit unit, UnitTree tree) {
        Unit current = unit;
        while (current != null && current.kind() != UnitKind.DISTRICT) {
            current = tree.find(current.parentId()).orElse(null);
        }
        return current;
    }

    private static void addOnce(List<Unit> units, Unit unit) {
        if (units.stream().noneMatch(known -> known.id().equals(unit.id()))) {
            units.add(unit);
        }
    }
}
