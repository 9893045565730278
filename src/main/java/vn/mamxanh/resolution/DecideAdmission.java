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
import vn.mamxanh.web.TaskForm;

/** Task_DecideAdmission: the standing committee's admission decision (R09), or its refusal. */
@Component("decideAdmission")
class DecideAdmission implements TaskListener {

    private final CaseRepository cases;
    private final DecisionRepository decisions;
    private final AdmissionDeadlines deadlines;
    private final WorkingDays workingDays;

    DecideAdmission(CaseRepository cases, DecisionRepository decisions, AdmissionDeadlines deadlines,
                    WorkingDays workingDays) {
        this.cases = cases;
        this.decisions = decisions;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = CaseVariables.caseId(task);
        TaskForm form = TaskForm.of(task, "R09");
        boolean admit = form.flag("admit", "quyết định kết nạp hay không");
        String number = form.optionalText("decisionNumber");
        LocalDate decisionDate = form.date("decisionDate", "ngày quyết định");
        String signer = form.text("signer", "người ký quyết định");
        String reason = form.optionalText("reason");
        CommitteeDecisionRule.check(admit, number, decisionDate, reason, deadlines.resolutionReceivedOn(caseId),
                workingDays.today());

        String actor = form.actor();
        decisions.add(new Decision(caseId, Purpose.ADMISSION, admit, number, decisionDate, signer, reason, actor,
                ClockUtil.getCurrentTime().toInstant()));
        cases.markOverdue(caseId, false);
        AdmissionDecisionVariables.admitted(task.getExecution(), admit);
        if (admit) {
            cases.moveTo(caseId, CaseStage.CEREMONY);
        } else {
            cases.end(caseId, CaseStatus.CLOSED, "Cấp ủy quyết định không kết nạp: " + reason, actor);
        }
        form.consume();
    }
}
