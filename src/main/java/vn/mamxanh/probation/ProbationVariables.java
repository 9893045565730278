package vn.mamxanh.probation;

import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The variables of the {@code probation} process: {@code recognised} is its answer to the caller;
 * {@code mentorId}, when the caller passes it, puts the mentor's evaluation in the mentor's own list.
 */
public final class ProbationVariables {

    public static final String RECOGNISED = "recognised";
    public static final String MENTOR_ID = "mentorId";
    /** Only for a case with no recorded ceremony: the day probation started, which R11 then counts from. */
    public static final String PROBATION_STARTED_ON = "probationStartedOn";

    private ProbationVariables() {
    }

    public static void recognised(VariableScope scope, boolean recognised) {
        scope.setVariable(RECOGNISED, recognised);
    }

    public static void probationStartedOn(VariableScope scope, LocalDate day) {
        scope.setVariable(PROBATION_STARTED_ON, day.toString());
    }

    public static Optional<LocalDate> probationStartedOn(VariableScope scope) {
        Object day = scope.getVariable(PROBATION_STARTED_ON);
        return day == null ? Optional.empty() : Optional.of(LocalDate.parse(day.toString()));
    }

    public static String mentorId(VariableScope scope) {
        Object mentor = scope.getVariable(MENTOR_ID);
        return mentor == null || mentor.toString().isBlank() ? null : mentor.toString();
    }
}
