package vn.mamxanh.mentoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseVariables;

/** ServiceTask_FlagOverdueReport: the case shows as overdue on the secretary's lists until the report comes (R05). */
@Component("flagOverdueReport")
public class FlagOverdueReport implements JavaDelegate {

    private final CaseRepository cases;

    public FlagOverdueReport(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.markOverdue(CaseVariables.caseId(execution), true);
    }
}
