package vn.mamxanh.mentoring;

import static vn.mamxanh.mentoring.MentoringVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.candidate.TaskForm;

/**
 * Task_ReviewMentoringReport: after each report the branch judges the candidate: keep mentoring,
 * ready ("độ chín"), or not ready, back to the source pool or closed (an early end with its reason).
 */
@Component("reviewMentoringReport")
public class ReviewMentoringReport implements TaskListener {

    private final CaseRepository cases;
    private final MentorAssignments mentors;
    private final Actors actors;

    public ReviewMentoringReport(CaseRepository cases, MentorAssignments mentors, Actors actors) {
        this.cases = cases;
        this.mentors = mentors;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = TaskForm.of(task);
        Readiness readiness = form.requiredOption(READINESS, "Đánh giá của chi bộ", Readiness.class);
        String actor = actors.completing(task);
        String caseId = form.caseId();
        String note = form.text(READINESS_NOTE).orElse(null);
        switch (readiness) {
            case NOT_READY_BACK_TO_POOL -> cases.end(caseId, CaseStatus.CLOSED,
                    "Chưa đủ điều kiện sau thời gian bồi dưỡng, trở lại nguồn: " + required(form), actor);
            case NOT_READY_CLOSE -> cases.end(caseId, CaseStatus.CLOSED,
                    "Chưa đủ điều kiện sau thời gian bồi dưỡng, dừng xem xét: " + required(form), actor);
            default -> { }
        }
        mentors.review(caseId, readiness, note, actor);
        form.forget(READINESS_NOTE);
    }

    private static String required(TaskForm form) {
        return form.requiredText(READINESS_NOTE, "Lý do chưa đủ điều kiện");
    }
}
