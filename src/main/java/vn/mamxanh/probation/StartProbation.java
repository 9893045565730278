package vn.mamxanh.probation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.candidate.CaseVariables;

/** StartEvent_ProbationStarted: stage 11 begins. */
@Component("startProbation")
class StartProbation implements ExecutionListener {

    private final CaseRepository cases;

    StartProbation(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String caseId = CaseVariables.caseId(execution);
        cases.changeStatus(caseId, CaseStatus.PROBATIONARY);
        cases.moveTo(caseId, CaseStage.PROBATION);
    }
}
