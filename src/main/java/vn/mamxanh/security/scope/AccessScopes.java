package vn.mamxanh.security.scope;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.mentoring.MentorAssignments;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.RoleAssignment;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitTree;

/**
 * The one answer to "who may read this case" (DOMAIN.md §4), over the unit tree, for every route:
 * the pages and the app API ({@link #of}), the engine's per-instance authorizations and rerouting
 * ({@link #readersOf}) and the auditor's scope ({@link #auditorScope}). All of them come from one
 * decision, {@link #readsBelow}: the subtree whose cases the holder of a role in a unit reads.
 * Besides that, a mass organisation's representatives follow the cases they introduced and a mentor
 * the cases currently assigned to them. Acting on a task stays with the task's candidate groups.
 */
@Component
public class AccessScopes {

    private final OrganisationRepository organisation;
    private final MentorAssignments mentors;

    public AccessScopes(OrganisationRepository organisation, MentorAssignments mentors) {
        this.organisation = organisation;
        this.mentors = mentors;
    }

    /**
     * The unit below which the holder of a role reads every case: a branch's secretary and committee
     * their branch, a grassroots committee its branches, the staff of a committee's bodies (political
     * centre, organisation board, standing committee, inspection commission) everything below that
     * committee, whatever its level. Other roles read no case contents through the tree.
     */
    static Optional<Unit> readsBelow(Unit unit, Role role, UnitTree tree) {
        if (!unit.isOpen()) {
            return Optional.empty();
        }
        return switch (role) {
            case SECRETARY, BRANCH_COMMITTEE, GRASSROOTS_COMMITTEE -> Optional.of(unit);
            case POLITICAL_CENTRE_STAFF, ORGANISATION_BOARD_MEMBER, STANDING_COMMITTEE_MEMBER, AUDITOR ->
                    tree.find(unit.parentId());
            default -> Optional.empty();
        };
    }

    /** What one person may see: pages, the app API and the dashboards. */
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
            Optional<Unit> reads = readsBelow(unit, assignment.role(), tree);
            if (assignment.role() == Role.MASS_ORGANISATION_REPRESENTATIVE) {
                introducers.add(unit.id());
            } else if (assignment.role() == Role.ADMINISTRATOR) {
                // administrators keep units, quotas and holidays below them, and see figures, not case contents
                addOnce(dashboards, unit);
                addOnce(administered, unit);
            } else if (reads.isPresent()) {
                addOnce(dashboards, reads.get());
                branches.addAll(tree.branchesUnder(reads.get().id()));
            } else {
                addOnce(dashboards, unit);
            }
        }
        return new CaseScope(personId, Set.copyOf(branches), Set.copyOf(introducers), List.copyOf(dashboards),
                List.copyOf(administered), Set.copyOf(mentors.casesMentoredBy(personId)));
    }

    /**
     * The Camunda groups that read a case: every (unit, role) group of the tree whose {@link #readsBelow}
     * holds the case's branch, and the introducing mass organisation's representatives.
     */
    public Set<String> readersOf(CandidateCase c) {
        UnitTree tree = UnitTree.of(organisation);
        Set<String> groups = new LinkedHashSet<>();
        for (Unit ancestor : tree.ancestry(c.branchId())) {
            List<Unit> level = new ArrayList<>(List.of(ancestor));
            tree.children(ancestor.id()).stream().filter(child -> child.kind().isCommitteeBody()).forEach(level::add);
            for (Unit unit : level) {
                for (Role role : Role.values()) {
                    if (role.isHeldIn(unit.kind()) && readsBelow(unit, role, tree)
                            .filter(root -> tree.isWithin(c.branchId(), root.id())).isPresent()) {
                        groups.add(role.groupIdIn(unit.id()));
                    }
                }
            }
        }
        if (c.introducedByUnitId() != null) {
            groups.add(Role.MASS_ORGANISATION_REPRESENTATIVE.groupIdIn(c.introducedByUnitId()));
        }
        return groups;
    }

    /** The auditor's scope, or empty for someone who holds no auditor role. */
    public Optional<AuditScope> auditorScope(String personId) {
        UnitTree tree = UnitTree.of(organisation);
        Set<String> roots = new TreeSet<>();
        Set<String> units = new TreeSet<>();
        boolean auditor = false;
        for (RoleAssignment assignment : organisation.findRoleAssignmentsOf(personId)) {
            if (assignment.role() != Role.AUDITOR) {
                continue;
            }
            auditor = true;
            tree.find(assignment.unitId()).flatMap(unit -> readsBelow(unit, Role.AUDITOR, tree)).ifPresent(root -> {
                roots.add(root.id());
                tree.subtree(root.id()).forEach(unit -> units.add(unit.id()));
            });
        }
        return auditor ? Optional.of(new AuditScope(personId, roots, units)) : Optional.empty();
    }

    /** A unit and everything below it, as ids. */
    public Set<String> subtree(String unitId) {
        Set<String> ids = new TreeSet<>();
        UnitTree.of(organisation).subtree(unitId).forEach(unit -> ids.add(unit.id()));
        return ids;
    }

    /** The branches below a unit, whose cases follow it when it moves. */
    public List<String> branchesUnder(String unitId) {
        return UnitTree.of(organisation).branchesUnder(unitId);
    }

    /** The role a group stands for, when it is a (unit, role) group of the org chart. */
    public Optional<Role> roleOfGroup(String groupId) {
        int dot = groupId.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        return organisation.findUnit(groupId.substring(0, dot)).flatMap(unit -> {
            for (Role role : Role.values()) {
                if (role.isHeldIn(unit.kind()) && role.groupIdIn(unit.id()).equals(groupId)) {
                    return Optional.of(role);
                }
            }
            return Optional.empty();
        });
    }

    private static void addOnce(List<Unit> units, Unit unit) {
        if (units.stream().noneMatch(known -> known.id().equals(unit.id()))) {
            units.add(unit);
        }
    }
}
