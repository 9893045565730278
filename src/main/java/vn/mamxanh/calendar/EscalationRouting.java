package vn.mamxanh.calendar;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseRouting;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.UnitKind;

/**
 * Who is chased when a district committee misses its deadline (R09): the level above it, the
 * province's standing committee. Where the tree has no province above the district, or nobody holds
 * that role yet, the district's organisation board, which keeps the admission files for the standing
 * committee and answers for their deadlines.
 */
@Component("escalationRouting")
public class EscalationRouting {

    private final CaseRepository cases;
    private final CaseRouting caseRouting;
    private final OrganisationDirectory directory;
    private final OrganisationRepository units;

    EscalationRouting(CaseRepository cases, CaseRouting caseRouting, OrganisationDirectory directory,
                      OrganisationRepository units) {
        this.cases = cases;
        this.caseRouting = caseRouting;
        this.directory = directory;
        this.units = units;
    }

    public String aboveDistrict(VariableScope scope) {
        String branch = cases.get(CaseVariables.caseId(scope)).branchId();
        return directory.ancestorOfKind(branch, UnitKind.PROVINCE)
                .filter(province -> !units.findRoleHolders(province.id(), Role.PROVINCE_COMMITTEE).isEmpty())
                .map(province -> Role.PROVINCE_COMMITTEE.groupIdIn(province.id()))
                .orElseGet(() -> caseRouting.organisationBoard(scope));
    }
}
