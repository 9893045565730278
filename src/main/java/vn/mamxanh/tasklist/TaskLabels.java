package vn.mamxanh.tasklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;

/**
 * Every user task, on create: the candidate's name and the case id as the task-local variables
 * {@value #CANDIDATE_NAME} and {@value #CASE_NUMBER}, which the shared Tasklist filters show on each
 * entry, so five "Xét tiếp nhận quần chúng vào nguồn" rows say whose case each one is. Labels for
 * people, not data the process reads; the audit journal leaves them out.
 */
@Component
public class TaskLabels implements TaskListener {

    public static final String CANDIDATE_NAME = "candidateName";
    /** The case id again, on the task itself: reading the process's {@code caseId} needs READ on the instance. */
    public static final String CASE_NUMBER = "caseNumber";

    public static boolean isLabel(String variableName) {
        return CANDIDATE_NAME.equals(variableName) || CASE_NUMBER.equals(variableName);
    }

    private final CaseRepository cases;

    TaskLabels(CaseRepository cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = task.getExecution() == null ? null : task.getExecution().getProcessBusinessKey();
        if (caseId == null) {
            return;
        }
        cases.find(caseId).map(CandidateCase::fullName)
                .ifPresent(name -> task.setVariableLocal(CANDIDATE_NAME, name));
        task.setVariableLocal(CASE_NUMBER, caseId);
    }
}
