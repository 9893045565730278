package vn.mamxanh.candidate;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.mamxanh.organisation.CompetentCommittee;
import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.UnitFunction;

/**
 * Who owns a step of a case, as Camunda candidate groups. Used from the models as
 * {@code camunda:candidateGroups="${caseRouting.secretaries(execution)}"}; the answer is worked out
 * from the case's current branch when the task is created, by walking up the tree to the nearest
 * unit that holds the step's function ({@link OrganisationDirectory}), so routing follows the org
 * chart whatever its depth, and follows it again when units move ({@code CaseRerouting}).
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

    /** đảng ủy cơ sở of the branch: reviews and votes on the branch's proposals (R08) */
    public String grassrootsCommittee(VariableScope scope) {
        return Role.GRASSROOTS_COMMITTEE.groupIdIn(directory.grassrootsOf(branchOf(scope)).id());
    }

    /** The nearest unit running classes (a political centre or school): awareness class, new-member course. */
    public String classes(VariableScope scope) {
        return OrganisationDirectory.actingGroup(directory.requireHolder(branchOf(scope), UnitFunction.CLASSES));
    }

    /** Who appraises for the competent committee: its organisation (party-building) board, or the committee itself. */
    public String appraisers(VariableScope scope) {
        return competentCommittee(scope).appraisingGroup();
    }

    /** The competent committee's deciding body: an authorised grassroots committee, else the standing committee above. */
    public String deciders(VariableScope scope) {
        return competentCommittee(scope).decidingGroup();
    }

    /** The nearest unit approving candidates over 60 (R01): the province's standing members. */
    public String olderCandidateApprovers(VariableScope scope) {
        return OrganisationDirectory.actingGroup(
                directory.requireHolder(branchOf(scope), UnitFunction.OLDER_CANDIDATE_APPROVAL));
    }

    public CompetentCommittee competentCommittee(VariableScope scope) {
        return directory.competentCommittee(branchOf(scope));
    }

    public CompetentCommittee competentCommitteeOf(String caseId) {
        return directory.competentCommittee(cases.get(caseId).branchId());
    }

    private String branchOf(VariableScope scope) {
        return cases.get(CaseVariables.caseId(scope)).branchId();
    }
}
