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
import vn.mamxanh.web.TaskForm;

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

    RecordRecognitionVote(CaseRepository cases, OrganisationDirectory directory, VoteRepository votes,
                          ProbationRecordRepository records, ProbationDeadlines deadlines, WorkingDays workingDays) {
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
        TaskForm form = TaskForm.of(task, "R13");
        String number = form.optionalText("resolutionNumber");
        LocalDate meetingDate = form.date("meetingDate", "ngày họp chi bộ");
        int inFavour = form.count("inFavour", "số đảng viên chính thức tán thành");
        int against = form.count("against", "số đảng viên chính thức không tán thành");
        boolean recommends = form.flag("recommends", "kết quả biểu quyết");
        String reason = form.optionalText("reason");

        ProbationPeriod.checkOver(meetingDate, deadlines.probationEndsOn(candidate.id()), "meetingDate");
        if (recommends) {
            RecognitionRequirements.check(records.present(candidate.id()));
        }
        int officialMembers = (int) directory.officialMemberCount(candidate.branchId());
        MajorityVoteRule.R13.check(officialMembers, inFavour, against, recommends, reason, meetingDate, workingDays.today());

        votes.add(new Vote(candidate.id(), Purpose.RECOGNITION, candidate.branchId(), number, meetingDate,
                officialMembers, inFavour, against, recommends, reason, form.actor(),
                ClockUtil.getCurrentTime().toInstant()));
        cases.markOverdue(candidate.id(), false);
        cases.moveTo(candidate.id(), CaseStage.RECOGNITION);
        form.consume();
    }
}
