package vn.mamxanh.candidate;

import jakarta.validation.Validator;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import vn.mamxanh.security.caseaccess.CaseAccessGrants;
import vn.mamxanh.web.ConflictException;
import vn.mamxanh.web.RuleViolationException;

/**
 * StartEvent_Introduced: a mass-organisation representative introduces a candidate from Tasklist
 * ("Bắt đầu quy trình"). The form is checked and the case row created by {@link Intake#register}, the
 * code behind {@code POST /api/cases}; a refusal rolls the start back, so nothing is created.
 */
@Component("introduceCandidate")
public class IntroduceCandidate implements ExecutionListener {

    private final Intake intake;
    private final Validator validator;
    private final CaseAccessGrants access;

    public IntroduceCandidate(Intake intake, Validator validator, CaseAccessGrants access) {
        this.intake = intake;
        this.validator = validator;
        this.access = access;
    }

    @Override
    public void notify(DelegateExecution execution) {
        if (execution.getVariable(CaseVariables.CASE_ID) != null) {
            return; // started by the app API, which registered the case before starting the process
        }
        IntroductionRequest request = IntroductionForm.read(execution, validator);
        String caseId;
        try {
            caseId = intake.register(request);
        } catch (ConflictException e) {
            // The engine REST API knows only its own errors and ours; a conflict is answered as a refused field.
            throw RuleViolationException.invalidField(e.field(), e.getMessage());
        } catch (AccessDeniedException e) {
            throw new AuthorizationException("Only a mass-organisation representative introduces a candidate.");
        }
        execution.setProcessBusinessKey(caseId);
        execution.setVariable(CaseVariables.CASE_ID, caseId);
        // The process started before the case existed, so its readers were not known then.
        access.grantCaseReaders(execution);
        IntroductionForm.forget(execution);
    }
}
