package vn.mamxanh.probation;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.mentoring.MentorAssignments;

/**
 * The mentor evaluates in person: the one passed in as {@code mentorId}, else the case's current
 * mentor from stage 2. Without either, the task waits in the branch secretary's list.
 */
@Component("probationRouting")
public class ProbationRouting {

    private final MentorAssignments mentors;

    ProbationRouting(MentorAssignments mentors) {
        this.mentors = mentors;
    }

    public String mentor(VariableScope scope) {
        String passed = ProbationVariables.mentorId(scope);
        return passed != null ? passed : mentors.currentMentor(CaseVariables.caseId(scope)).orElse(null);
    }
}
