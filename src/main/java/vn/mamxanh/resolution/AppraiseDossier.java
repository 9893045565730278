package vn.mamxanh.resolution;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.web.RuleViolationException;
import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.TaskForm;

/**
 * Task_AppraiseDossier: the organisation board's appraisal. It advises the standing committee and
 * does not end the case by itself; it runs inside the committee's R09 period.
 */
@Component("appraiseDossier")
class AppraiseDossier implements TaskListener {

    private final CaseRepository cases;
    private final AppraisalRepository appraisals;
    private final WorkingDays workingDays;
    private final Actors actors;

    AppraiseDossier(CaseRepository cases, AppraisalRepository appraisals, WorkingDays workingDays, Actors actors) {
        this.actors = actors;
        this.cases = cases;
        this.appraisals = appraisals;
        this.workingDays = workingDays;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = CaseVariables.caseId(task);
        TaskForm form = TaskForm.of(task);
        LocalDate appraisedOn = form.requiredDate("appraisedOn", "Ngày thẩm định");
        boolean eligible = form.requiredYesNo("eligible", "Kết luận thẩm định");
        String opinion = form.requiredText("opinion", "Ý kiến thẩm định");
        if (appraisedOn.isAfter(workingDays.today())) {
            throw new RuleViolationException("R09", "appraisedOn", "Ngày thẩm định không thể sau ngày hôm nay.");
        }
        appraisals.add(caseId, appraisedOn, eligible, opinion, actors.completing(task), ClockUtil.getCurrentTime().toInstant());
        cases.moveTo(caseId, CaseStage.DECISION);
        form.forget("opinion", "appraisedOn", "eligible");
    }
}
