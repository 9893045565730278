package vn.mamxanh.resolution;

import static vn.mamxanh.resolution.ResolutionVariables.*;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.Actors;
import vn.mamxanh.candidate.AgeRule;
import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseRepository;
import vn.mamxanh.candidate.CaseStatus;
import vn.mamxanh.candidate.TaskForm;
import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.training.AwarenessClasses;
import vn.mamxanh.training.CertificateValidity;
import vn.mamxanh.training.TrainingVariables;
import vn.mamxanh.verification.AdverseFindings;
import vn.mamxanh.verification.Dossiers;
import vn.mamxanh.verification.VerificationVariables;
import vn.mamxanh.web.RuleViolationException;

/**
 * Task_RecordBranchVote: the secretary records the branch meeting's vote (6-KNĐ). A resolution to
 * propose admission needs the candidate's age (R01), a valid certificate (R03), no unresolved
 * adverse finding (R06) and two thirds of all official members in favour (R07). An expired
 * certificate is answered by sending the candidate to a new class; a failed vote ends the case.
 */
@Component("recordBranchVote")
public class RecordBranchVote implements TaskListener {

    private final CaseRepository cases;
    private final OrganisationDirectory directory;
    private final AwarenessClasses classes;
    private final Dossiers dossiers;
    private final BranchVotes votes;
    private final Actors actors;
    private final int minimumAge;
    private final int maximumAge;
    private final int certificateValidMonths;

    public RecordBranchVote(CaseRepository cases, OrganisationDirectory directory, AwarenessClasses classes,
                            Dossiers dossiers, BranchVotes votes, Actors actors,
                            @Value("${mamxanh.rules.age.minimum-years}") int minimumAge,
                            @Value("${mamxanh.rules.age.maximum-years-without-province-approval}") int maximumAge,
                            @Value("${mamxanh.rules.awareness-class.certificate-valid-months}") int certificateValidMonths) {
        this.cases = cases;
        this.directory = directory;
        this.classes = classes;
        this.dossiers = dossiers;
        this.votes = votes;
        this.actors = actors;
        this.minimumAge = minimumAge;
        this.maximumAge = maximumAge;
        this.certificateValidMonths = certificateValidMonths;
    }

    @Override
    public void notify(DelegateTask task) {
        TaskForm form = TaskForm.of(task);
        CandidateCase candidate = cases.get(form.caseId());
        BranchVoteOutcome outcome = form.requiredOption(BRANCH_VOTE_OUTCOME, "Kết quả họp chi bộ", BranchVoteOutcome.class);
        LocalDate meetingDate = form.requiredDate(MEETING_DATE, "Ngày họp chi bộ");
        LocalDate today = vn.mamxanh.web.VietnamTime.today();
        if (meetingDate.isAfter(today)) {
            throw RuleViolationException.invalidField(MEETING_DATE, "Ngày họp chi bộ không được sau ngày hôm nay.");
        }
        long officialMembers = directory.officialMemberCount(candidate.branchId());
        int present = 0;
        int inFavour = 0;
        boolean provinceApprovalNeeded = false;
        String actor = actors.completing(task);
        if (outcome != BranchVoteOutcome.RETAKE_CLASS) {
            present = form.requiredNumber(MEMBERS_PRESENT, "Số đảng viên chính thức có mặt");
            inFavour = form.requiredNumber(VOTES_IN_FAVOUR, "Số đảng viên tán thành");
            if (present > officialMembers) {
                throw RuleViolationException.invalidField(MEMBERS_PRESENT, "Chi bộ chỉ có " + officialMembers
                        + " đảng viên chính thức; số có mặt không thể lớn hơn.");
            }
            if (inFavour > present) {
                throw RuleViolationException.invalidField(VOTES_IN_FAVOUR, "Số tán thành không thể lớn hơn số có mặt.");
            }
        }
        if (outcome == BranchVoteOutcome.RETAKE_CLASS) {
            refuseRetakeWhileCertificateValid(candidate, meetingDate);
        }
        boolean twoThirds = TwoThirdsMajority.passes(inFavour, officialMembers);
        if (outcome == BranchVoteOutcome.PASSED) {
            provinceApprovalNeeded = checkAge(candidate, meetingDate);
            checkCertificate(candidate, meetingDate);
            if (AdverseFindings.blocksResolution(dossiers.latestVerification(candidate.id()))) {
                throw new RuleViolationException("R06", VerificationVariables.VERIFICATION_RESULTS,
                        "Kết quả thẩm tra lý lịch còn vấn đề chưa được làm rõ: chi bộ chưa thể ra nghị quyết đề nghị kết nạp.");
            }
            if (!twoThirds) {
                throw new RuleViolationException("R07", VOTES_IN_FAVOUR, "Nghị quyết đề nghị kết nạp cần ít nhất "
                        + TwoThirdsMajority.needed(officialMembers) + "/" + officialMembers
                        + " đảng viên chính thức của chi bộ tán thành (hai phần ba tổng số, không phải số có mặt); mới có "
                        + inFavour + ".");
            }
        } else if (outcome == BranchVoteOutcome.FAILED) {
            if (twoThirds) {
                throw new RuleViolationException("R07", BRANCH_VOTE_OUTCOME, "Đã có " + inFavour + "/" + officialMembers
                        + " đảng viên chính thức tán thành (đủ hai phần ba): kết quả là đề nghị kết nạp, không phải không đạt.");
            }
            cases.end(candidate.id(), CaseStatus.CLOSED, "Chi bộ biểu quyết không đủ hai phần ba đảng viên chính thức tán thành ("
                    + inFavour + "/" + officialMembers + ").", actor);
        }
        votes.record(candidate.id(), outcome, meetingDate, officialMembers, present, inFavour, actor);
        task.getExecution().setVariable(BRANCH_VOTE_OUTCOME, outcome.name());
        task.getExecution().setVariable(PROVINCE_APPROVAL_NEEDED, provinceApprovalNeeded);
        form.forget(MEETING_DATE, MEMBERS_PRESENT, VOTES_IN_FAVOUR);
    }

    /** R01, counted at the meeting; true if the province-level committee must approve. */
    private boolean checkAge(CandidateCase candidate, LocalDate meetingDate) {
        AgeRule.Outcome age = AgeRule.check(candidate.dateOfBirth(), meetingDate, minimumAge, maximumAge);
        if (age == AgeRule.Outcome.TOO_YOUNG) {
            throw new RuleViolationException("R01", "dateOfBirth", "Quần chúng chưa đủ " + minimumAge
                    + " tuổi (tính đủ tháng) vào ngày chi bộ xét kết nạp.");
        }
        return age == AgeRule.Outcome.NEEDS_PROVINCE_APPROVAL;
    }

    /** R03: a new class is for a certificate that has expired (or is missing), not for one still valid at the meeting. */
    private void refuseRetakeWhileCertificateValid(CandidateCase candidate, LocalDate meetingDate) {
        var certificate = classes.latestCertificate(candidate.id());
        if (certificate.isPresent() && CertificateValidity.validOn(certificate.get().issuedOn(), meetingDate, certificateValidMonths)) {
            throw new RuleViolationException("R03", BRANCH_VOTE_OUTCOME, "Giấy chứng nhận số " + certificate.get().number()
                    + " còn hiệu lực đến ngày " + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(
                            CertificateValidity.expiresOn(certificate.get().issuedOn(), certificateValidMonths))
                    + ": không cần học lại lớp nhận thức; chi bộ ghi kết quả biểu quyết.");
        }
    }

    /** R03, at the meeting: an expired certificate blocks the resolution until a new class. */
    private void checkCertificate(CandidateCase candidate, LocalDate meetingDate) {
        var certificate = classes.latestCertificate(candidate.id());
        if (certificate.isEmpty() || !CertificateValidity.validOn(certificate.get().issuedOn(), meetingDate, certificateValidMonths)) {
            throw new RuleViolationException("R03", TrainingVariables.CERTIFICATE_ISSUED_ON, certificate.isEmpty()
                    ? "Quần chúng chưa có giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng."
                    : "Giấy chứng nhận số " + certificate.get().number() + " đã hết hạn ngày "
                    + CertificateValidity.expiresOn(certificate.get().issuedOn(), certificateValidMonths)
                    + ": chọn \"Cử quần chúng học lại lớp nhận thức\" để quần chúng học lớp mới.");
        }
    }
}
