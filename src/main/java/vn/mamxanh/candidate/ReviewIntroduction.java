package vn.mamxanh.candidate;

import static vn.mamxanh.candidate.IntakeVariables.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.web.RuleViolationException;

/**
 * Task_ReviewIntroduction: the branch secretary accepts the candidate into the source pool or
 * declines (an early end, recorded with the reason and who declined). R02 is checked on accepting;
 * the mentor (R05) is checked and stored by {@code assignMentor}, declared after this listener.
 */
@Component("reviewIntroduction")
public class ReviewIntroduction implements TaskListener {

    private final CaseRepository cases;
    private final IntakeDecisions decisions;
    private final OrganisationRepository organisation;
    private final Actors actors;

    public ReviewIntroduction(CaseRepository cases, IntakeDecisions decisions, OrganisationRepository organisation,
                              Actors actors) {
        this.cases = cases;
        this.decisions = decisions;
        this.organisation = organisation;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = TaskForm.of(task);
        CandidateCase candidate = cases.get(form.caseId());
        String actor = actors.completing(task);
        Decision decision = form.requiredOption(DECISION, "Quyết định của chi bộ", Decision.class);
        if (decision == Decision.DECLINE) {
            String reason = form.requiredText(DECLINE_REASON, "Lý do không tiếp nhận");
            decisions.record(candidate.id(), false, reason, null, actor);
            cases.end(candidate.id(), CaseStatus.CLOSED, "Chi bộ không tiếp nhận vào nguồn: " + reason, actor);
        } else {
            String exemption = form.text(EDUCATION_EXEMPTION_REASON).orElse(null);
            boolean mountainous = organisation.findUnit(candidate.branchId()).orElseThrow().mountainous();
            EducationRule.violation(candidate.educationLevel(), mountainous, exemption).ifPresent(message -> {
                throw new RuleViolationException("R02", EDUCATION_EXEMPTION_REASON, message);
            });
            decisions.record(candidate.id(), true, null, exemption, actor);
        }
        task.getExecution().setVariable(ACCEPTED, decision == Decision.ACCEPT);
        form.forget(DECISION, DECLINE_REASON, EDUCATION_EXEMPTION_REASON);
    }
}
