package vn.mamxanh.mentoring;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.TaskForm;

/**
 * Task_ChaseOverdueReport: the secretary records how the mentor was chased for a late report (R05).
 * The task disappears by itself when the report comes in (EndEvent_ReportIn terminates the month).
 */
@Component("chaseOverdueReport")
public class ChaseOverdueReport implements TaskListener {

    private final MentorAssignments mentors;
    private final Actors actors;

    public ChaseOverdueReport(MentorAssignments mentors, Actors actors) {
        this.mentors = mentors;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = TaskForm.of(task);
        String note = form.requiredText(MentoringVariables.CHASE_NOTE, "Nội dung đã đôn đốc");
        mentors.chase(form.caseId(), MentoringSchedule.period(task), note, actors.completing(task));
        form.forget(MentoringVariables.CHASE_NOTE);
    }
}
