package vn.mamxanh.security.caseaccess;

import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitKind;

/**
 * Who may read a case, as Camunda groups, worked out from the case's branch and the org tree only
 * (never from a model's steps): the branch, its grassroots committee, the bodies of its district
 * (auditors included) and the mass organisation that introduced the candidate (DOMAIN.md §4).
 * Reading is all these groups get; acting on a task stays with the task's own candidates.
 */
@Component
public class CaseReaders {

    private final CaseRepository cases;
    private final OrganisationDirectory directory;
    private final OrganisationRepository organisation;

    public CaseReaders(CaseRepository cases, OrganisationDirectory directory, OrganisationRepository organisation) {
        this.cases = cases;
        this.directory = directory;
        this.organisation = organisation;
    }

    public Optional<Set<String>> ofCase(String caseId) {
        return cases.find(caseId).map(this::of);
    }

    public Set<String> of(CandidateCase c) {
        Set<String> groups = new LinkedHashSet<>();
        String branch = c.branchId();
        groups.add(Role.SECRETARY.groupIdIn(branch));
        groups.add(Role.BRANCH_COMMITTEE.groupIdIn(branch));
        directory.ancestorOfKind(branch, UnitKind.GRASSROOTS)
                .ifPresent(grassroots -> groups.add(Role.GRASSROOTS_COMMITTEE.groupIdIn(grassroots.id())));
        directory.ancestorOfKind(branch, UnitKind.DISTRICT).ifPresent(district -> {
            for (Unit body : organisation.findChildren(district.id())) {
                districtRoleOf(body.kind()).ifPresent(role -> groups.add(role.groupIdIn(body.id())));
            }
        });
        if (c.introducedByUnitId() != null) {
            groups.add(Role.MASS_ORGANISATION_REPRESENTATIVE.groupIdIn(c.introducedByUnitId()));
        }
        return groups;
    }

    /** The role a group stands for, when it is a (unit, role) group of the org chart. */
    public Optional<Role> roleOfGroup(String groupId) {
        int dot = groupId.lastIndexOf('.');
        if (dot <= 0) {
            return Optional.empty();
        }
        return organisation.findUnit(groupId.substring(0, dot)).flatMap(unit -> {
            for (Role role : Role.values()) {
                if (role.unitKind() == unit.kind() && role.groupIdIn(unit.id()).equals(groupId)) {
                    return Optional.of(role);
                }
            }
            return Optional.empty();
        });
    }

    private static Optional<Role> districtRoleOf(UnitKind kind) {
        return switch (kind) {
            case POLITICAL_CENTRE -> Optional.of(Role.POLITICAL_CENTRE_STAFF);
            case ORGANISATION_BOARD -> Optional.of(Role.ORGANISATION_BOARD_MEMBER);
            case STANDING_COMMITTEE -> Optional.of(Role.STANDING_COMMITTEE_MEMBER);
            case INSPECTION_COMMISSION -> Optional.of(Role.AUDITOR);
            default -> Optional.empty();
        };
    }
}
