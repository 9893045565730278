package vn.mamxanh.resolution;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseVariables;

/** StartEvent_BranchResolutionReceived: the case goes up to the grassroots committee (stage 8). */
@Component("receiveBranchResolution")
class ReceiveBranchResolution implements ExecutionListener {

    private final CaseRepository cases;

    ReceiveBranchResolution(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateExecution execution) {
        cases.moveTo(CaseVariables.caseId(execution), CaseStage.COMMITTEE_REVIEW);
    }
}
