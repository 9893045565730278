package vn.mamxanh.probation;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseVariables;
import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.resolution.MajorityVoteRule;
import vn.mamxanh.resolution.Purpose;
import vn.mamxanh.resolution.Vote;
import vn.mamxanh.resolution.VoteRepository;
import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.TaskForm;

/**
 * Task_RecordRecognitionVote: the branch votes on recognition once probation is over (R11), with
 * everything gathered (R12), by two thirds of its official members (R13).
 */
@Component("recordRecognitionVote")
class RecordRecognitionVote implements TaskListener {

    private final CaseRepository cases;
    private final OrganisationDirectory directory;
    private final VoteRepository votes;
    private final ProbationRecordRepository records;
    private final ProbationDeadlines deadlines;
    private final WorkingDays workingDays;
    private final Actors actors;

    RecordRecognitionVote(CaseRepository cases, OrganisationDirectory directory, VoteRepository votes,
                          ProbationRecordRepository records, ProbationDeadlines deadlines, WorkingDays workingDays, Actors actors) {
        this.actors = actors;
        this.cases = cases;
        this.directory = directory;
        this.votes = votes;
        this.records = records;
        this.deadlines = deadlines;
        this.workingDays = workingDays;
    }

    @Override
    public void notify(DelegateTask task) {
        CandidateCase candidate = cases.get(CaseVariables.caseId(task));
        TaskForm form = TaskForm.of(task);
        String number = form.text("resolutionNumber").orElse(null);
        LocalDate meetingDate = form.requiredDate("meetingDate", "Ngày họp chi bộ");
        int inFavour = form.requiredNumber("inFavour", "Số đảng viên chính thức tán thành");
        int against = form.requiredNumber("against", "Số đảng viên chính thức không tán thành");
        boolean recommends = form.requiredYesNo("recommends", "Kết quả biểu quyết");
        String reason = form.text("reason").orElse(null);

        ProbationPeriod.checkOver(meetingDate, deadlines.probationEndsOn(task), "meetingDate");
        if (recommends) {
            RecognitionRequirements.check(records.present(candidate.id()));
        }
        int officialMembers = (int) directory.officialMemberCount(candidate.branchId());
        MajorityVoteRule.R13.check(officialMembers, inFavour, against, recommends, reason, meetingDate, workingDays.today());

        votes.add(new Vote(candidate.id(), Purpose.RECOGNITION, candidate.branchId(), number, meetingDate,
                officialMembers, inFavour, against, recommends, reason, actors.completing(task),
                ClockUtil.getCurrentTime().toInstant()));
        cases.markOverdue(candidate.id(), false);
        cases.moveTo(candidate.id(), CaseStage.RECOGNITION);
        form.forget("meetingDate", "inFavour", "against", "recommends", "resolutionNumber", "reason");
    }
}
