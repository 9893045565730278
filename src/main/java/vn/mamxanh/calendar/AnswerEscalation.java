package vn.mamxanh.calendar;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.web.TaskForm;

/** The Task_Chase... tasks: the level above records how it chased the late step. */
@Component("answerEscalation")
class AnswerEscalation implements TaskListener {

    private final EscalationRepository escalations;

    AnswerEscalation(EscalationRepository escalations) {
        this.escalations = escalations;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = CaseVariables.caseId(task);
        TaskForm form = TaskForm.of(task, escalations.openRule(caseId).orElse("R09"));
        String instruction = form.text("instruction", "ý kiến chỉ đạo, đôn đốc");
        escalations.answer(caseId, instruction, form.actor(), ClockUtil.getCurrentTime().toInstant());
        form.consume();
    }
}
