package vn.mamxanh.resolution;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
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
    private final DecisionDeadlines deadlines;
    private final WorkingDays workingDays;
    private final Actors actors;

    DecideAdmission(CaseRepository cases, DecisionRepository decisions, DecisionDeadlines deadlines,
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
        DecisionForm decision = DecisionForm.read(form, "admit", "Quyết định kết nạp hay không");
        boolean admit = decision.approved();
        CommitteeDecisionRule.check(admit, decision.number(), decision.date(), decision.reason(),
                deadlines.resolutionReceivedOn(caseId), workingDays.today());

        String actor = actors.completing(task);
        decisions.add(decision.recordedBy(caseId, Purpose.ADMISSION, actor));
        cases.markOverdue(caseId, false);
        AdmissionDecisionVariables.admitted(task.getExecution(), admit);
        if (admit) {
            cases.moveTo(caseId, CaseStage.CEREMONY);
        } else {
            cases.end(caseId, CaseStatus.CLOSED, "Cấp ủy quyết định không kết nạp: " + decision.reason(), actor);
        }
        decision.forgetFrom(form);
    }
}
