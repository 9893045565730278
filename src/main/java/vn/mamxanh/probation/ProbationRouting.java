package vn.mamxanh.probation;

import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The mentor evaluates in person when known; otherwise the task waits in the branch secretary's list. */
@Component("probationRouting")
public class ProbationRouting {

    public String mentor(VariableScope scope) {
        return ProbationVariables.mentorId(scope);
    }
}
