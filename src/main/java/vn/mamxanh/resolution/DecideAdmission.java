package vn.mamxanh.resolution;

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

/** Task_DecideAdmission: the standing committee's admission decision (R09), or its refusal. */
@Component("decideAdmission")
class DecideAdmission implements TaskListener {

    private final CaseRepository cases;
    private final DecisionRepository decisions;
    private final AdmissionDeadlines deadlines;
    private final WorkingDays workingDays;
    private final Actors actors;

    DecideAdmission(CaseRepository cases, DecisionRepository decisions, AdmissionDeadlines deadlines,
                    WorkingDays workingDays, Actors actors) {
        this.actors = actors;
        this.cases = cases;
        this.decisions = decisions;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = CaseVariables.caseId(task);
        TaskForm form = TaskForm.of(task);
        boolean admit = form.requiredYesNo("admit", "Quyết định kết nạp hay không");
        String number = form.text("decisionNumber").orElse(null);
        LocalDate decisionDate = form.requiredDate("decisionDate", "Ngày quyết định");
        String signer = form.requiredText("signer", "Người ký quyết định");
        String reason = form.text("reason").orElse(null);
        CommitteeDecisionRule.check(admit, number, decisionDate, reason, deadlines.resolutionReceivedOn(caseId),
                workingDays.today());

        String actor = actors.completing(task);
        decisions.add(new Decision(caseId, Purpose.ADMISSION, admit, number, decisionDate, signer, reason, actor,
                ClockUtil.getCurrentTime().toInstant()));
        cases.markOverdue(caseId, false);
        AdmissionDecisionVariables.admitted(task.getExecution(), admit);
        if (admit) {
            cases.moveTo(caseId, CaseStage.CEREMONY);
        } else {
            cases.end(caseId, CaseStatus.CLOSED, "Cấp ủy quyết định không kết nạp: " + reason, actor);
        }
        form.forget("signer", "decisionDate", "admit", "decisionNumber", "reason");
    }
}
