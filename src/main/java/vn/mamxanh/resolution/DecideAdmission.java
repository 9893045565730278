package vn.mamxanh.resolution;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseRouting;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.TaskForm;
import vn.mamxanh.organisation.CompetentCommittee;

/**
 * Task_DecideAdmission: the competent committee's admission decision (R09), or its refusal: the standing
 * committee above the grassroots committee, or the authorised grassroots committee deciding as a whole
 * with its vote ({@link WholeCommitteeDecision}). The decision records which body took it.
 */
@Component("decideAdmission")
class DecideAdmission implements TaskListener {

    private final CaseRepository cases;
    private final DecisionRepository decisions;
    private final DecisionDeadlines deadlines;
    private final WorkingDays workingDays;
    private final Actors actors;
    private final CaseRouting routing;
    private final WholeCommitteeDecision wholeCommittee;

    DecideAdmission(CaseRepository cases, DecisionRepository decisions, DecisionDeadlines deadlines,
                    WorkingDays workingDays, Actors actors, CaseRouting routing, WholeCommitteeDecision wholeCommittee) {
        this.actors = actors;
        this.routing = routing;
        this.wholeCommittee = wholeCommittee;
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
        CompetentCommittee competent = routing.competentCommitteeOf(caseId);
        wholeCommittee.recordVoteIfWholeCommittee(competent, caseId, Purpose.ADMISSION_DECISION, decision, form, actor);
        decisions.add(decision.recordedBy(caseId, Purpose.ADMISSION, actor, competent.decides().id()));
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
