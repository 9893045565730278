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
import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.TaskForm;

/** Task_HoldCeremony: the ceremony makes the candidate a probationary member (R10). */
@Component("holdCeremony")
class HoldCeremony implements TaskListener {

    private final CaseRepository cases;
    private final CeremonyRepository ceremonies;
    private final ProbationDeadlines deadlines;
    private final WorkingDays workingDays;
    private final Actors actors;

    HoldCeremony(CaseRepository cases, CeremonyRepository ceremonies, ProbationDeadlines deadlines, WorkingDays workingDays, Actors actors) {
        this.actors = actors;
        this.cases = cases;
        this.ceremonies = ceremonies;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = CaseVariables.caseId(task);
        TaskForm form = TaskForm.of(task);
        LocalDate ceremonyDate = form.requiredDate("ceremonyDate", "Ngày tổ chức lễ kết nạp");
        String place = form.requiredText("place", "Địa điểm tổ chức");
        CeremonyRule.check(ceremonyDate, deadlines.admissionDecisionDate(caseId), deadlines.ceremonyDeadline(caseId),
                workingDays.today(), ceremonies.hasDelayReport(caseId));

        ceremonies.add(caseId, ceremonyDate, place, actors.completing(task), ClockUtil.getCurrentTime().toInstant());
        cases.changeStatus(caseId, CaseStatus.PROBATIONARY);
        cases.moveTo(caseId, CaseStage.PROBATION);
        form.forget("place", "ceremonyDate");
    }
}
