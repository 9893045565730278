package vn.mamxanh.probation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.candidate.CaseVariables;

/** StartEvent_ProbationStarted: stage 11 begins, counted from the ceremony (R11). */
@Component("startProbation")
class StartProbation implements ExecutionListener {

    private final CaseRepository cases;
    private final CeremonyRepository ceremonies;
    private final WorkingDays workingDays;

    StartProbation(CaseRepository cases, CeremonyRepository ceremonies, WorkingDays workingDays) {
        this.cases = cases;
        this.ceremonies = ceremonies;
        this.workingDays = workingDays;
    }

    @Override
    public void notify(DelegateExecution execution) {
        String caseId = CaseVariables.caseId(execution);
        cases.changeStatus(caseId, CaseStatus.PROBATIONARY);
        cases.moveTo(caseId, CaseStage.PROBATION);
        if (ceremonies.ceremonyDate(caseId).isEmpty()) {
            ProbationVariables.probationStartedOn(execution, workingDays.today());
        }
    }
}
