package vn.mamxanh.calendar;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.TaskForm;

/** The Task_Chase... tasks: the level above records how it chased the late step. */
@Component("answerEscalation")
class AnswerEscalation implements TaskListener {

    private final EscalationRepository escalations;
    private final Actors actors;

    AnswerEscalation(EscalationRepository escalations, Actors actors) {
        this.actors = actors;
        this.escalations = escalations;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = CaseVariables.caseId(task);
        TaskForm form = TaskForm.of(task);
        String instruction = form.requiredText("instruction", "Ý kiến chỉ đạo, đôn đốc");
        escalations.answer(caseId, instruction, actors.completing(task), ClockUtil.getCurrentTime().toInstant());
        form.forget("instruction");
    }
}
