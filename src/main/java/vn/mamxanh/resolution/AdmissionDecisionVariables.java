package vn.mamxanh.resolution;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The decisions the {@code admission-decision} process carries; the votes, appraisal and decision
 * themselves are in this feature's tables. {@code admitted} is the process's answer to its caller.
 */
public final class AdmissionDecisionVariables {

    public static final String GRASSROOTS_RECOMMENDS = "grassrootsRecommends";
    public static final String ADMITTED = "admitted";

    private AdmissionDecisionVariables() {
    }

    public static void grassrootsRecommends(VariableScope scope, boolean recommends) {
        scope.setVariable(GRASSROOTS_RECOMMENDS, recommends);
    }

    public static void admitted(VariableScope scope, boolean admitted) {
        scope.setVariable(ADMITTED, admitted);
    }

    public static boolean admitted(VariableScope scope) {
        return Boolean.TRUE.equals(scope.getVariable(ADMITTED));
    }
}
