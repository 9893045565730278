package vn.mamxanh.mentoring;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.IntakeVariables;
import vn.mamxanh.candidate.TaskForm;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.web.RuleViolationException;

/** Task_ReviewIntroduction, after {@code reviewIntroduction}: on acceptance, the mentor (R05). */
@Component("assignMentor")
public class AssignMentor implements TaskListener {

    private final CaseRepository cases;
    private final OrganisationRepository organisation;
    private final MentorAssignments mentors;
    private final Actors actors;

    public AssignMentor(CaseRepository cases, OrganisationRepository organisation, MentorAssignments mentors, Actors actors) {
        this.cases = cases;
        this.organisation = organisation;
        this.mentors = mentors;
        this.actors = actors;
    }

    @Override
    public void notify(DelegateTask task) {
        if (!Boolean.TRUE.equals(task.getVariable(IntakeVariables.ACCEPTED))) {
            return;
        }
        TaskForm form = TaskForm.of(task);
        CandidateCase candidate = cases.get(form.caseId());
        String mentorId = form.requiredText(MentoringVariables.MENTOR_ID, "Đảng viên giúp đỡ");
        MentorRule.violation(organisation.findPerson(mentorId), candidate.branchId()).ifPresent(message -> {
            throw new RuleViolationException("R05", MentoringVariables.MENTOR_ID, message);
        });
        mentors.assign(candidate.id(), mentorId, actors.completing(task));
    }
}
