package vn.mamxanh.training;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.TaskForm;

/** Task_ProposeForAwarenessClass: the branch sends the candidate to the district's political centre. */
@Component("proposeForAwarenessClass")
public class ProposeForAwarenessClass implements TaskListener {

    private final AwarenessClasses classes;
    private final Actors actors;

    public ProposeForAwarenessClass(AwarenessClasses classes, Actors actors) {
        this.classes = classes;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = TaskForm.of(task);
        classes.propose(form.caseId(), form.text(TrainingVariables.PROPOSAL_NOTE).orElse(null), actors.completing(task));
        form.forget(TrainingVariables.PROPOSAL_NOTE);
    }
}
