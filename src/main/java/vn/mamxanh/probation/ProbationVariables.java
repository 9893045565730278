package vn.mamxanh.probation;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of the {@code probation} process: {@code recognised} is its answer to the caller;
 * {@code mentorId}, when the caller passes it, puts the mentor's evaluation in the mentor's own list.
 */
public final class ProbationVariables {

    public static final String RECOGNISED = "recognised";
    public static final String MENTOR_ID = "mentorId";

    private ProbationVariables() {
    }

    public static void recognised(VariableScope scope, boolean recognised) {
        scope.setVariable(RECOGNISED, recognised);
    }

    public static String mentorId(VariableScope scope) {
        Object mentor = scope.getVariable(MENTOR_ID);
        return mentor == null || mentor.toString().isBlank() ? null : mentor.toString();
    }
}
