package vn.mamxanh.calendar;

import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseRouting;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitKind;

/**
 * Who is chased when a district committee misses its deadline (R09): the standing committee of the
 * province above the district. Where the tree has no province above the district (a district kept on
 * its own, as in the demo), the district's organisation board, which keeps the admission files for the
 * standing committee and answers for their deadlines.
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
        Unit district = directory.districtOf(branch);
        Optional<Unit> provinceStandingCommittee = Optional.ofNullable(district.parentId())
                .flatMap(units::findUnit)
                .filter(parent -> parent.kind() == UnitKind.PROVINCE)
                .flatMap(province -> units.findChildren(province.id()).stream()
                        .filter(child -> child.kind() == UnitKind.STANDING_COMMITTEE && child.isOpen())
                        .findFirst());
        return provinceStandingCommittee
                .map(body -> Role.STANDING_COMMITTEE_MEMBER.groupIdIn(body.id()))
                .orElseGet(() -> caseRouting.organisationBoard(scope));
    }
}
