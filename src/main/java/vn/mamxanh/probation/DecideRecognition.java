package vn.mamxanh.probation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseRouting;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.resolution.CommitteeDecisionRule;
import vn.mamxanh.resolution.DecisionForm;
import vn.mamxanh.resolution.DecisionRepository;
import vn.mamxanh.resolution.Purpose;
import vn.mamxanh.resolution.Vote;
import vn.mamxanh.resolution.VoteRepository;
import vn.mamxanh.resolution.WholeCommitteeDecision;
import vn.mamxanh.web.RuleViolationException;
import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.TaskForm;
import vn.mamxanh.organisation.CompetentCommittee;

/**
 * Task_DecideRecognition: the committee recognises the member as official, or removes them (xóa tên)
 * with a recorded reason (R13); the decision itself carries what R09 asks of any decision. The competent
 * committee decides, as for admission: an authorised grassroots committee with its vote.
 */
@Component("decideRecognition")
class DecideRecognition implements TaskListener {

    private final CaseRepository cases;
    private final VoteRepository votes;
    private final DecisionRepository decisions;
    private final ProbationDeadlines deadlines;
    private final WorkingDays workingDays;
    private final Actors actors;
    private final CaseRouting routing;
    private final WholeCommitteeDecision wholeCommittee;

    DecideRecognition(CaseRepository cases, VoteRepository votes, DecisionRepository decisions,
                      ProbationDeadlines deadlines, WorkingDays workingDays, Actors actors, CaseRouting routing,
                      WholeCommitteeDecision wholeCommittee) {
        this.actors = actors;
        this.routing = routing;
        this.wholeCommittee = wholeCommittee;
        this.cases = cases;
        this.votes = votes;
        this.decisions = decisions;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
    }

    @Override
    public void notify(DelegateTask task) {
        String caseId = CaseVariables.caseId(task);
        TaskForm form = TaskForm.of(task);
        DecisionForm decision = DecisionForm.read(form, "recognise", "Công nhận hay xóa tên");
        boolean recognise = decision.approved();

        boolean branchRecommends = votes.latest(caseId, Purpose.RECOGNITION).map(Vote::passed).orElse(false);
        if (recognise && !branchRecommends) {
            throw new RuleViolationException("R13", "recognise",
                    "Chi bộ chưa có nghị quyết đề nghị công nhận (hai phần ba đảng viên chính thức tán thành): không thể công nhận chính thức.");
        }
        if (!recognise && !decision.hasReason()) {
            throw new RuleViolationException("R13", "reason", "Cần ghi lý do xóa tên.");
        }
        CommitteeDecisionRule.check(recognise, decision.number(), decision.date(), decision.reason(),
                deadlines.branchResolutionReceivedOn(caseId), workingDays.today());

        String actor = actors.completing(task);
        CompetentCommittee competent = routing.competentCommitteeOf(caseId);
        wholeCommittee.recordVoteIfWholeCommittee(competent, caseId, Purpose.RECOGNITION_DECISION, decision, form, actor);
        decisions.add(decision.recordedBy(caseId, Purpose.RECOGNITION, actor, competent.decides().id()));
        cases.markOverdue(caseId, false);
        ProbationVariables.recognised(task.getExecution(), recognise);
        if (recognise) {
            cases.end(caseId, CaseStatus.OFFICIAL, "Công nhận đảng viên chính thức theo quyết định số " + decision.number(), actor);
        } else {
            cases.end(caseId, CaseStatus.REMOVED, "Xóa tên: " + decision.reason(), actor);
        }
        decision.forgetFrom(form);
    }
}
