package vn.mamxanh.organisation;

import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Answers "which unit owns this step for that branch": the bodies a branch's case is routed to
 * are found by walking up the tree, so routing follows the org chart when units move.
 */
@Component
public class OrganisationDirectory {

    private final OrganisationRepository units;

    public OrganisationDirectory(OrganisationRepository units) {
        this.units = units;
    }

    public Unit branch(String branchId) {
        return units.findUnit(branchId)
                .filter(unit -> unit.kind() == UnitKind.BRANCH)
                .orElseThrow(() -> new IllegalArgumentException("Unknown branch " + branchId));
    }

    public Unit grassrootsOf(String branchId) {
        return ancestorOfKind(branchId, UnitKind.GRASSROOTS)
                .orElseThrow(() -> new IllegalStateException("Branch " + branchId + " has no grassroots committee"));
    }

    public Unit districtOf(String unitId) {
        return ancestorOfKind(unitId, UnitKind.DISTRICT)
                .orElseThrow(() -> new IllegalStateException("Unit " + unitId + " has no district"));
    }

    /** The district body of the given kind (political centre, organisation board, ...) above a unit. */
    public Unit districtBody(String unitId, UnitKind kind) {
        Unit district = districtOf(unitId);
        return units.findChildren(district.id()).stream()
                .filter(child -> child.kind() == kind && child.isOpen())
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("District " + district.id() + " has no " + kind));
    }

    public Optional<Unit> ancestorOfKind(String unitId, UnitKind kind) {
        Optional<Unit> current = units.findUnit(unitId);
        while (current.isPresent() && current.get().kind() != kind) {
            String parent = current.get().parentId();
            current = parent == null ? Optional.empty() : units.findUnit(parent);
        }
        return current;
    }

    public long officialMemberCount(String branchId) {
        return units.countOfficialMembers(branchId);
    }
}
