package vn.mamxanh.calendar;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitFunction;

/**
 * Who is chased when a step misses its deadline (R09, R13): the nearest unit holding
 * {@link UnitFunction#OVERSIGHT} strictly above the level of the body that is late, so a late body is
 * never chased by a body of its own level. A tree whose top decides must have a unit above it that
 * oversees (the demo has the Central Organisation Commission); otherwise the escalation fails loudly.
 */
@Component("escalationRouting")
public class EscalationRouting {

    private final CaseRepository cases;
    private final OrganisationDirectory directory;

    EscalationRouting(CaseRepository cases, OrganisationDirectory directory) {
        this.cases = cases;
        this.directory = directory;
    }

    /** Task_ChaseRecognitionVote: the branch is late with its recognition vote (R13). */
    public String aboveBranch(VariableScope scope) {
        return above(branchOf(scope));
    }

    /** Task_ChaseGrassrootsReview: the grassroots committee is late with its review (R09). */
    public String aboveGrassrootsCommittee(VariableScope scope) {
        return above(directory.grassrootsOf(branchOf(scope)).id());
    }

    /** Task_ChaseAdmissionDecision, Task_ChaseRecognitionDecision: the competent committee is late deciding (R09). */
    public String aboveDeciders(VariableScope scope) {
        return above(directory.competentCommittee(branchOf(scope)).decides().id());
    }

    private String above(String lateUnitId) {
        Unit overseer = directory.requireHolderAbove(lateUnitId, UnitFunction.OVERSIGHT);
        return OrganisationDirectory.actingGroup(overseer);
    }

    private String branchOf(VariableScope scope) {
        return cases.get(CaseVariables.caseId(scope)).branchId();
    }
}
