package vn.mamxanh.resolution;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.TaskForm;

/** Task_RecordGrassrootsVote: the grassroots committee's vote on recommending admission (R08). */
@Component("recordGrassrootsVote")
class RecordGrassrootsVote implements TaskListener {

    private final CaseRepository cases;
    private final OrganisationDirectory directory;
    private final OrganisationRepository organisation;
    private final VoteRepository votes;
    private final WorkingDays workingDays;
    private final Actors actors;

    RecordGrassrootsVote(CaseRepository cases, OrganisationDirectory directory, OrganisationRepository organisation,
                         VoteRepository votes, WorkingDays workingDays, Actors actors) {
        this.actors = actors;
        this.cases = cases;
        this.directory = directory;
        this.organisation = organisation;
        this.votes = votes;
        this.workingDays = workingDays;
    }

    @Override
    public void notify(DelegateTask task) {
        CandidateCase candidate = cases.get(CaseVariables.caseId(task));
        TaskForm form = TaskForm.of(task);
        String number = form.requiredText("resolutionNumber", "Số nghị quyết");
        LocalDate meetingDate = form.requiredDate("meetingDate", "Ngày họp");
        int inFavour = form.requiredNumber("inFavour", "Số đảng ủy viên tán thành");
        int against = form.requiredNumber("against", "Số đảng ủy viên không tán thành");
        boolean recommends = form.requiredYesNo("recommends", "Kết quả biểu quyết");
        String reason = form.text("reason").orElse(null);

        String grassroots = directory.grassrootsOf(candidate.branchId()).id();
        // R08 counts every member of the committee, taken from the org tables, not those at the meeting.
        int committee = organisation.findRoleHolders(grassroots, Role.GRASSROOTS_COMMITTEE).size();
        MajorityVoteRule.R08.check(committee, inFavour, against, recommends, reason, meetingDate, workingDays.today());

        String actor = actors.completing(task);
        votes.add(new Vote(candidate.id(), Purpose.ADMISSION, grassroots, number, meetingDate, committee, inFavour,
                against, recommends, reason, actor, ClockUtil.getCurrentTime().toInstant()));
        cases.markOverdue(candidate.id(), false);
        AdmissionDecisionVariables.grassrootsRecommends(task.getExecution(), recommends);
        if (!recommends) {
            AdmissionDecisionVariables.admitted(task.getExecution(), false);
            cases.end(candidate.id(), CaseStatus.CLOSED, "Đảng ủy cơ sở không đề nghị kết nạp: " + reason, actor);
        }
        form.forget("resolutionNumber", "meetingDate", "inFavour", "against", "recommends", "reason");
    }
}
