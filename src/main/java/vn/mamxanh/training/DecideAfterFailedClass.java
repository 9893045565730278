package vn.mamxanh.training;

import static vn.mamxanh.training.TrainingVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.candidate.TaskForm;

/**
 * Task_DecideAfterFailedClass: the candidate did not pass the awareness class. The branch either sends
 * the case back to the source pool for more mentoring, or ends it; either way with the reason. No loop
 * straight back into the next class: the candidate needs to be ready again first.
 */
@Component("decideAfterFailedClass")
class DecideAfterFailedClass implements TaskListener {

    private final AwarenessClasses classes;
    private final CaseRepository cases;
    private final Actors actors;

    DecideAfterFailedClass(AwarenessClasses classes, CaseRepository cases, Actors actors) {
        this.classes = classes;
        this.cases = cases;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = TaskForm.of(task);
        AfterFailedClass decision = form.requiredOption(AFTER_FAILED_CLASS, "Quyết định của chi bộ", AfterFailedClass.class);
        String reason = form.requiredText(FAILED_CLASS_REASON, "Lý do");
        String actor = actors.completing(task);
        classes.recordFailureDecision(form.caseId(), decision, reason, actor);
        if (decision == AfterFailedClass.CLOSE) {
            cases.end(form.caseId(), CaseStatus.CLOSED, "Chưa đạt lớp bồi dưỡng nhận thức về Đảng, dừng xem xét: " + reason, actor);
        }
        task.getExecution().setVariable(AFTER_FAILED_CLASS, decision.name());
        form.forget(FAILED_CLASS_REASON);
    }
}
