package vn.mamxanh.organisation;

import java.util.List;
import java.util.Optional;

import org.springframework.stereotype.Component;

/**
 * Answers "which unit owns this step for that branch" by walking up the tree from the branch to the
 * nearest unit that holds the step's {@link UnitFunction}. No level is named: the same walk serves a
 * two-level tree (province → commune committee → branch), a three-level one and any other depth.
 * A level is a party organisation together with the bodies under it (centre, boards, commissions).
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

    /** The grassroots committee (đảng ủy cơ sở) a branch belongs to: it reviews and votes on its branches' cases (R08). */
    public Unit grassrootsOf(String branchId) {
        return ancestorOfKind(branchId, UnitKind.GRASSROOTS)
                .orElseThrow(() -> new IllegalStateException("Branch " + branchId + " has no grassroots committee"));
    }

    public Optional<Unit> ancestorOfKind(String unitId, UnitKind kind) {
        Optional<Unit> current = units.findUnit(unitId);
        while (current.isPresent() && current.get().kind() != kind) {
            current = parentOf(current.get());
        }
        return current;
    }

    /** The nearest unit holding a function, from the unit's own level upwards. */
    public Optional<Unit> nearestHolder(String unitId, UnitFunction function) {
        return units.findUnit(unitId).map(this::levelOf).flatMap(level -> holderFrom(level, function));
    }

    /** The nearest unit holding a function strictly above the unit's own level: "the next level up". */
    public Optional<Unit> nearestHolderAbove(String unitId, UnitFunction function) {
        return units.findUnit(unitId).map(this::levelOf).flatMap(this::parentOf).flatMap(level -> holderFrom(level, function));
    }

    public Unit requireHolder(String unitId, UnitFunction function) {
        return nearestHolder(unitId, function).orElseThrow(() -> new IllegalStateException(
                "No unit at or above " + unitId + " holds " + function));
    }

    public Unit requireHolderAbove(String unitId, UnitFunction function) {
        return nearestHolderAbove(unitId, function).orElseThrow(() -> new IllegalStateException(
                "No unit above the level of " + unitId + " holds " + function));
    }

    /** Who decides admission and recognition for a branch's cases, and who appraises for them. */
    public CompetentCommittee competentCommittee(String branchId) {
        Unit decides = requireHolder(branchId, UnitFunction.ADMISSION_DECISION);
        Unit level = levelOf(decides);
        // The appraisal is made at the level that decides: its organisation board, else the deciding committee itself.
        Unit appraises = units.findHoldersAtLevel(level.id(), UnitFunction.APPRAISAL).stream().findFirst().orElse(decides);
        return new CompetentCommittee(level, decides, appraises);
    }

    /** The party organisation a unit is, or the one whose body it is. */
    public Unit levelOf(Unit unit) {
        if (unit.kind().isPartyOrganisation() || unit.parentId() == null) {
            return unit;
        }
        return parentOf(unit).orElse(unit);
    }

    /** The Camunda group whose people do the work of a unit holding a function. */
    public static String actingGroup(Unit holder) {
        return Role.actingFor(holder.kind())
                .orElseThrow(() -> new IllegalStateException("Nobody acts for a unit of kind " + holder.kind()))
                .groupIdIn(holder.id());
    }

    public long officialMemberCount(String branchId) {
        return units.countOfficialMembers(branchId);
    }

    private Optional<Unit> holderFrom(Unit level, UnitFunction function) {
        Optional<Unit> current = Optional.of(level);
        while (current.isPresent()) {
            List<Unit> holders = units.findHoldersAtLevel(current.get().id(), function);
            if (!holders.isEmpty()) {
                return Optional.of(holders.get(0));
            }
            current = parentOf(current.get());
        }
        return Optional.empty();
    }

    private Optional<Unit> parentOf(Unit unit) {
        return unit.parentId() == null ? Optional.empty() : units.findUnit(unit.parentId());
    }
}
