package vn.mamxanh.probation;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.web.TaskForm;

/** Task_HoldCeremony: the ceremony makes the candidate a probationary member (R10). */
@Component("holdCeremony")
class HoldCeremony implements TaskListener {

    private final CaseRepository cases;
    private final CeremonyRepository ceremonies;
    private final ProbationDeadlines deadlines;
    private final WorkingDays workingDays;

    HoldCeremony(CaseRepository cases, CeremonyRepository ceremonies, ProbationDeadlines deadlines, WorkingDays workingDays) {
        this.cases = cases;
        this.ceremonies = ceremonies;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = CaseVariables.caseId(task);
        TaskForm form = TaskForm.of(task, "R10");
        LocalDate ceremonyDate = form.date("ceremonyDate", "ngày tổ chức lễ kết nạp");
        String place = form.text("place", "địa điểm tổ chức");
        CeremonyRule.check(ceremonyDate, deadlines.admissionDecisionDate(caseId), deadlines.ceremonyDeadline(caseId),
                workingDays.today(), ceremonies.hasDelayReport(caseId));

        ceremonies.add(caseId, ceremonyDate, place, form.actor(), ClockUtil.getCurrentTime().toInstant());
        cases.changeStatus(caseId, CaseStatus.PROBATIONARY);
        cases.moveTo(caseId, CaseStage.PROBATION);
        form.consume();
    }
}
