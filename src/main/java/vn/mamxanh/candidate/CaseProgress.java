package vn.mamxanh.candidate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

/**
 * Keeps the case's stage in step with the model: each stage's first activity declares
 * {@code <camunda:executionListener event="start" expression="${caseProgress.enter(execution, 'MENTORING')}"/>}.
 */
@Component("caseProgress")
public class CaseProgress {

    private final CaseRepository cases;

    public CaseProgress(CaseRepository cases) {
        this.cases = cases;
    }

    public void enter(DelegateExecution execution, String stage) {
        cases.moveTo(CaseVariables.caseId(execution), CaseStage.valueOf(stage));
    }
}
