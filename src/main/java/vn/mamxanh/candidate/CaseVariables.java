package vn.mamxanh.candidate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The one place that names the process variables every case process shares. A process carries
 * the case id (also its business key) and a few typed decisions; the case data itself lives in
 * the application's tables. Each feature keeps its own decisions in a class like this one.
 */
public final class CaseVariables {

    public static final String CASE_ID = "caseId";

    private CaseVariables() {
    }

    public static String caseId(VariableScope scope) {
        Object value = scope.getVariable(CASE_ID);
        if (value != null) {
            return value.toString();
        }
        if (scope instanceof DelegateExecution execution) {
            return execution.getProcessBusinessKey();
        }
        if (scope instanceof DelegateTask task) {
            return task.getExecution().getProcessBusinessKey();
        }
        throw new IllegalStateException("No case id in scope " + scope);
    }
}
