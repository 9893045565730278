package vn.mamxanh.candidate;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.UnitKind;

/**
 * Who owns a step of a case, as Camunda candidate groups. Used from the models as
 * {@code camunda:candidateGroups="${caseRouting.secretaries(execution)}"}; the answer is worked
 * out from the case's current branch when the task is created, so routing follows the org chart.
 */
@Component("caseRouting")
public class CaseRouting {

    private final CaseRepository cases;
    private final OrganisationDirectory directory;

    public CaseRouting(CaseRepository cases, OrganisationDirectory directory) {
        this.cases = cases;
        this.directory = directory;
    }

    /** bí thư chi bộ */
    public String secretaries(VariableScope scope) {
        return Role.SECRETARY.groupIdIn(branchOf(scope));
    }

    /** chi ủy */
    public String branchCommittee(VariableScope scope) {
        return Role.BRANCH_COMMITTEE.groupIdIn(branchOf(scope));
    }

    /** đảng ủy cơ sở */
    public String grassrootsCommittee(VariableScope scope) {
        return Role.GRASSROOTS_COMMITTEE.groupIdIn(directory.grassrootsOf(branchOf(scope)).id());
    }

    /** trung tâm chính trị of the district */
    public String politicalCentre(VariableScope scope) {
        return Role.POLITICAL_CENTRE_STAFF.groupIdIn(directory.districtBody(branchOf(scope), UnitKind.POLITICAL_CENTRE).id());
    }

    /** ban tổ chức of the district */
    public String organisationBoard(VariableScope scope) {
        return Role.ORGANISATION_BOARD_MEMBER.groupIdIn(directory.districtBody(branchOf(scope), UnitKind.ORGANISATION_BOARD).id());
    }

    /** ban thường vụ of the district */
    public String standingCommittee(VariableScope scope) {
        return Role.STANDING_COMMITTEE_MEMBER.groupIdIn(directory.districtBody(branchOf(scope), UnitKind.STANDING_COMMITTEE).id());
    }

    /** ban thường vụ tỉnh ủy, for the approval of candidates over 60 (R01) */
    public String provinceCommittee(VariableScope scope) {
        String province = directory.ancestorOfKind(branchOf(scope), UnitKind.PROVINCE)
                .orElseThrow(() -> new IllegalStateException("Branch has no province above it")).id();
        return Role.PROVINCE_COMMITTEE.groupIdIn(province);
    }

    /** Group that owns a role for a case, for re-routing open tasks after a move. */
    public String groupFor(String caseId, Role role) {
        String branch = cases.get(caseId).branchId();
        return switch (role.unitKind()) {
            case BRANCH -> role.groupIdIn(branch);
            case GRASSROOTS -> role.groupIdIn(directory.grassrootsOf(branch).id());
            case PROVINCE -> role.groupIdIn(directory.ancestorOfKind(branch, UnitKind.PROVINCE).orElseThrow().id());
            default -> role.groupIdIn(directory.districtBody(branch, role.unitKind()).id());
        };
    }

    private String branchOf(VariableScope scope) {
        return cases.get(CaseVariables.caseId(scope)).branchId();
    }
}
