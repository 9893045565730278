package vn.mamxanh.security.scope;

import java.util.List;
import java.util.Set;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitTree;

/**
 * What one person may see: the branches whose cases they read, the mass organisations whose
 * introductions they follow, the cases they currently mentor, and the units whose dashboards
 * (figures, not case contents) they open.
 */
public record CaseScope(String personId, Set<String> branchIds, Set<String> introducerUnitIds,
                        List<Unit> dashboardUnits, List<Unit> administeredUnits, Set<String> mentoredCaseIds) {

    /** Administrators set quotas (and units, users, holidays) but do not read case contents. */
    public boolean administrator() {
        return !administeredUnits.isEmpty();
    }

    public boolean administers(String unitId, UnitTree tree) {
        return administeredUnits.stream().anyMatch(root -> tree.isWithin(unitId, root.id()));
    }

    public boolean canRead(CandidateCase c) {
        return branchIds.contains(c.branchId())
                || (c.introducedByUnitId() != null && introducerUnitIds.contains(c.introducedByUnitId()))
                || mentoredCaseIds.contains(c.id());
    }

    public boolean readsCases() {
        return !branchIds.isEmpty() || !introducerUnitIds.isEmpty() || !mentoredCaseIds.isEmpty();
    }

    public boolean seesDashboard(String unitId, UnitTree tree) {
        return dashboardUnits.stream().anyMatch(root -> tree.isWithin(unitId, root.id()));
    }
}
