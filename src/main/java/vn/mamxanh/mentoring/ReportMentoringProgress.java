package vn.mamxanh.mentoring;

import java.time.YearMonth;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.TaskForm;
import vn.mamxanh.web.RuleViolationException;

/** Task_ReportMentoringProgress: the mentor's monthly report; a late one is kept, marked late (R05). */
@Component("reportMentoringProgress")
public class ReportMentoringProgress implements TaskListener {

    static final int MINIMUM_LENGTH = 20;

    private final CaseRepository cases;
    private final MentorAssignments mentors;
    private final MentoringSchedule schedule;
    private final Actors actors;

    public ReportMentoringProgress(CaseRepository cases, MentorAssignments mentors, MentoringSchedule schedule, Actors actors) {
        this.cases = cases;
        this.mentors = mentors;
        this.schedule = schedule;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = TaskForm.of(task);
        String progress = form.requiredText(MentoringVariables.PROGRESS, "Kết quả giúp đỡ trong tháng");
        if (progress.length() < MINIMUM_LENGTH) {
            throw RuleViolationException.invalidField(MentoringVariables.PROGRESS,
                    "Báo cáo quá ngắn: cần nêu rõ ưu điểm, khuyết điểm và tiến bộ của quần chúng trong tháng (ít nhất "
                            + MINIMUM_LENGTH + " ký tự).");
        }
        YearMonth period = MentoringSchedule.period(task);
        boolean overdue = ReportSchedule.isOverdue(period, schedule.dueDay(), MentoringSchedule.now());
        String caseId = form.caseId();
        mentors.report(caseId, (String) task.getVariable(MentoringVariables.MENTOR_ID), period,
                ReportSchedule.dueOn(period, schedule.dueDay()), progress, overdue, actors.completing(task));
        cases.markOverdue(caseId, false);
        form.forget(MentoringVariables.PROGRESS);
    }
}
