package vn.mamxanh.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.DeadlineBasis;
import vn.mamxanh.calendar.WorkingDayCalendar;
import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.mentoring.MentorAssignments;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Person;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.probation.CeremonyRepository;
import vn.mamxanh.probation.ProbationItem;
import vn.mamxanh.probation.ProbationPeriod;
import vn.mamxanh.probation.ProbationRecordRepository;
import vn.mamxanh.probation.ProbationRules;
import vn.mamxanh.resolution.AppraisalRepository;
import vn.mamxanh.resolution.BranchVotes;
import vn.mamxanh.resolution.Decision;
import vn.mamxanh.resolution.DecisionRepository;
import vn.mamxanh.resolution.Purpose;
import vn.mamxanh.resolution.VoteRepository;
import vn.mamxanh.training.AwarenessClasses;
import vn.mamxanh.training.CertificateValidity;
import vn.mamxanh.verification.Dossiers;
import vn.mamxanh.verification.VerificationResult;

/** Reads a case's file from the features that record each stage, through their own repositories. */
@Component
public class CaseFiles {

    private final MentorAssignments mentoring;
    private final AwarenessClasses classes;
    private final Dossiers dossiers;
    private final BranchVotes branchVotes;
    private final VoteRepository votes;
    private final AppraisalRepository appraisals;
    private final DecisionRepository decisions;
    private final CeremonyRepository ceremonies;
    private final ProbationRecordRepository probation;
    private final ProbationRules probationRules;
    private final OrganisationRepository organisation;
    private final WorkingDays workingDays;
    private final int certificateValidMonths;
    private final List<DeadlineBasis> bases;

    public CaseFiles(MentorAssignments mentoring, AwarenessClasses classes, Dossiers dossiers, BranchVotes branchVotes,
                     VoteRepository votes, AppraisalRepository appraisals, DecisionRepository decisions,
                     CeremonyRepository ceremonies, ProbationRecordRepository probation, ProbationRules probationRules,
                     OrganisationRepository organisation, WorkingDays workingDays,
                     @Value("${mamxanh.rules.awareness-class.certificate-valid-months}") int certificateValidMonths,
                     List<DeadlineBasis> bases) {
        this.bases = List.copyOf(bases);
        this.mentoring = mentoring;
        this.classes = classes;
        this.dossiers = dossiers;
        this.branchVotes = branchVotes;
        this.votes = votes;
        this.appraisals = appraisals;
        this.decisions = decisions;
        this.ceremonies = ceremonies;
        this.probation = probation;
        this.probationRules = probationRules;
        this.organisation = organisation;
        this.workingDays = workingDays;
        this.certificateValidMonths = certificateValidMonths;
    }

    public CaseFile of(CandidateCase c, List<OpenTask> openTasks, List<CaseProcesses.TimerDeadline> timers) {
        String id = c.id();
        LocalDate today = workingDays.today();
        WorkingDayCalendar calendar = workingDays.calendar();

        List<CaseFile.Report> reports = mentoring.reports(id).stream()
                .map(r -> new CaseFile.Report(r.period(), r.dueOn(), workingDays.dayOf(r.submittedAt()), r.overdue(), r.progress()))
                .toList();
        CaseFile.Certificate certificate = classes.latestCertificate(id)
                .map(cert -> new CaseFile.Certificate(cert.number(), cert.issuedOn(),
                        CertificateValidity.expiresOn(cert.issuedOn(), certificateValidMonths),
                        CertificateValidity.validOn(cert.issuedOn(), today, certificateValidMonths)))
                .orElse(null);
        Optional<Dossiers.Summary> dossier = dossiers.latest(id);
        List<vn.mamxanh.verification.AdverseFindings.Item> verified = dossiers.latestVerification(id);
        boolean appraised = appraisals.latestEligible(id).orElse(false);
        Optional<BranchVotes.BranchVote> branchVote = branchVotes.latest(id);
        Optional<LocalDate> ceremony = ceremonies.ceremonyDate(id);
        LocalDate probationEnds = ceremony.map(day -> ProbationPeriod.endsOn(day, probationRules.months())).orElse(null);

        List<CaseFile.Deadline> deadlines = new ArrayList<>();
        for (OpenTask task : openTasks) {
            if (task.due() != null) {
                LocalDate due = workingDays.dayOf(task.due());
                deadlines.add(new CaseFile.Deadline(task.name(), due, left(calendar, today, due), null));
            }
        }
        for (CaseProcesses.TimerDeadline timer : timers) {
            // A timer fires when the period is over: the last day allowed is the day before.
            LocalDate lastDay = workingDays.dayOf(timer.due().minusSeconds(1));
            deadlines.add(new CaseFile.Deadline(timer.step(), lastDay, left(calendar, today, lastDay),
                    basisOf(id, timer.timerId())));
        }
        if (probationEnds != null && !today.isAfter(probationEnds)) {
            deadlines.add(new CaseFile.Deadline("Hết thời gian dự bị (R11)", probationEnds, left(calendar, today, probationEnds),
                    "R11: " + probationRules.months() + " tháng kể từ ngày lễ kết nạp ("
                            + java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy").format(ceremony.get()) + ")."));
        }

        return new CaseFile(mentoring.currentMentor(id).map(this::nameOf).orElse(null), reports, certificate,
                checklist(dossier, !verified.isEmpty(), appraised, branchVote, certificate),
                introducers(dossier), verifications(verified), votes(c, branchVote), decisions(id),
                ceremony.orElse(null), probationEnds,
                probation.present(id).stream().map(ProbationItem::label).toList(), deadlines);
    }

    private Integer left(WorkingDayCalendar calendar, LocalDate today, LocalDate due) {
        java.util.OptionalInt left = workingDays.workingDaysLeft(calendar, today, due);
        return left.isPresent() ? left.getAsInt() : null;
    }

    private String basisOf(String caseId, String timerId) {
        for (DeadlineBasis basis : bases) {
            try {
                Optional<String> explained = basis.explain(caseId, timerId);
                if (explained.isPresent()) {
                    return explained.get();
                }
            } catch (RuntimeException unexplained) {
                // the page still shows the date the engine waits for; the basis is a help, not the deadline
                return null;
            }
        }
        return null;
    }

    private List<CaseFile.ChecklistItem> checklist(Optional<Dossiers.Summary> dossier, boolean verified, boolean appraised,
                                                   Optional<BranchVotes.BranchVote> branchVote, CaseFile.Certificate certificate) {
        boolean throughUnion = dossier.map(d -> d.introductions().stream().anyMatch(i -> !"MEMBER".equals(i.kind()))).orElse(false);
        List<CaseFile.ChecklistItem> items = new ArrayList<>();
        items.add(item("GCN", "Giấy chứng nhận học lớp bồi dưỡng nhận thức về Đảng", certificate != null, appraised));
        items.add(item("1-KNĐ", "Đơn xin vào Đảng", dossier.isPresent(), appraised));
        items.add(item("2-KNĐ", "Lý lịch của người xin vào Đảng", dossier.isPresent(), appraised || verified));
        items.add(item("3-KNĐ", "Giấy giới thiệu người vào Đảng",
                dossier.map(d -> d.introductions().stream().anyMatch(i -> "MEMBER".equals(i.kind()))).orElse(false), appraised));
        items.add(dossier.isPresent() && !throughUnion
                ? new CaseFile.ChecklistItem("4-KNĐ", "Nghị quyết giới thiệu của Đoàn / Công đoàn", CaseFile.State.NOT_NEEDED)
                : item("4-KNĐ", "Nghị quyết giới thiệu của Đoàn / Công đoàn", throughUnion, appraised));
        items.add(item("5-KNĐ", "Tổng hợp ý kiến nhận xét của đoàn thể và chi ủy nơi cư trú",
                dossier.map(d -> d.massOrganisationComments() && d.residenceComments()).orElse(false), appraised));
        items.add(item("6-KNĐ", "Nghị quyết đề nghị kết nạp của chi bộ",
                branchVote.map(v -> v.outcome() == vn.mamxanh.resolution.ResolutionVariables.BranchVoteOutcome.PASSED).orElse(false),
                appraised));
        return items;
    }

    private static CaseFile.ChecklistItem item(String code, String label, boolean present, boolean checked) {
        return new CaseFile.ChecklistItem(code, label,
                !present ? CaseFile.State.MISSING : checked ? CaseFile.State.CHECKED : CaseFile.State.PRESENT);
    }

    private List<CaseFile.Introducer> introducers(Optional<Dossiers.Summary> dossier) {
        return dossier.map(d -> d.introductions().stream().map(i -> switch (i.kind()) {
            case "MEMBER" -> new CaseFile.Introducer("Đảng viên chính thức (3-KNĐ)", nameOf(i.personId()), i.monthsKnown());
            case "YOUTH_UNION" -> new CaseFile.Introducer("Nghị quyết Ban Chấp hành Đoàn (4-KNĐ)", i.resolutionRef(), null);
            case "TRADE_UNION" -> new CaseFile.Introducer("Nghị quyết Công đoàn (4-KNĐ)", i.resolutionRef(), null);
            default -> new CaseFile.Introducer(i.kind(), i.resolutionRef() != null ? i.resolutionRef() : nameOf(i.personId()), i.monthsKnown());
        }).toList()).orElse(List.of());
    }

    private List<CaseFile.Verification> verifications(List<vn.mamxanh.verification.AdverseFindings.Item> items) {
        return items.stream().map(item -> new CaseFile.Verification(item.subject(), item.result().label(),
                item.result() == VerificationResult.ADVERSE, nameOf(item.verifierId()))).toList();
    }

    private List<CaseFile.VoteView> votes(CandidateCase c, Optional<BranchVotes.BranchVote> branchVote) {
        List<CaseFile.VoteView> views = new ArrayList<>();
        branchVote.ifPresent(v -> views.add(new CaseFile.VoteView("Chi bộ (đề nghị kết nạp)", v.meetingDate(),
                v.officialMembers(), v.present(), v.inFavour(), null, branchOutcome(v.outcome()),
                v.outcome() == vn.mamxanh.resolution.ResolutionVariables.BranchVoteOutcome.PASSED)));
        votes.latest(c.id(), Purpose.ADMISSION).ifPresent(v -> views.add(new CaseFile.VoteView(
                "Đảng ủy cơ sở (đề nghị kết nạp)", v.meetingDate(), v.entitled(), null, v.inFavour(), v.against(),
                v.passed() ? "Đề nghị kết nạp" : "Không đề nghị", v.passed())));
        votes.latest(c.id(), Purpose.RECOGNITION).ifPresent(v -> views.add(new CaseFile.VoteView(
                "Chi bộ (đề nghị công nhận chính thức)", v.meetingDate(), v.entitled(), null, v.inFavour(), v.against(),
                v.passed() ? "Đề nghị công nhận" : "Không đề nghị", v.passed())));
        // An authorised grassroots committee decides as a whole: its decisions come with the committee's vote.
        votes.latest(c.id(), Purpose.ADMISSION_DECISION).ifPresent(v -> views.add(new CaseFile.VoteView(
                unitName(v.unitId()) + " (quyết định kết nạp)", v.meetingDate(), v.entitled(), null, v.inFavour(), v.against(),
                v.passed() ? "Kết nạp" : "Không kết nạp", v.passed())));
        votes.latest(c.id(), Purpose.RECOGNITION_DECISION).ifPresent(v -> views.add(new CaseFile.VoteView(
                unitName(v.unitId()) + " (quyết định công nhận)", v.meetingDate(), v.entitled(), null, v.inFavour(), v.against(),
                v.passed() ? "Công nhận chính thức" : "Xóa tên", v.passed())));
        return views;
    }

    private static String branchOutcome(vn.mamxanh.resolution.ResolutionVariables.BranchVoteOutcome outcome) {
        return switch (outcome) {
            case PASSED -> "Đề nghị kết nạp";
            case FAILED -> "Không đạt";
            case RETAKE_CLASS -> "Học lại lớp nhận thức";
        };
    }

    private List<CaseFile.DecisionView> decisions(String caseId) {
        List<CaseFile.DecisionView> views = new ArrayList<>();
        decisions.latest(caseId, Purpose.ADMISSION).ifPresent(d -> views.add(new CaseFile.DecisionView(
                (d.approved() ? "Quyết định kết nạp" : "Không kết nạp") + takenBy(d), d.approved(), d.decisionNumber(),
                d.decisionDate(), d.signer())));
        decisions.latest(caseId, Purpose.RECOGNITION).ifPresent(d -> views.add(new CaseFile.DecisionView(
                (d.approved() ? "Quyết định công nhận đảng viên chính thức" : "Không công nhận (xóa tên)") + takenBy(d),
                d.approved(), d.decisionNumber(), d.decisionDate(), d.signer())));
        return views;
    }

    /** Which body decided, so a reader sees the competent committee at work. */
    private String takenBy(Decision decision) {
        return decision.unitId() == null ? "" : " — " + unitName(decision.unitId());
    }

    private String unitName(String unitId) {
        return organisation.findUnit(unitId).map(Unit::name).orElse(unitId);
    }

    private String nameOf(String personId) {
        return personId == null ? null : organisation.findPerson(personId).map(Person::fullName).orElse(personId);
    }
}
