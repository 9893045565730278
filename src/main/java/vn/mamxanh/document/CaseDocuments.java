package vn.mamxanh.document;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.mamxanh.calendar.WorkingDays;
import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.casework.CaseFile;
import vn.mamxanh.casework.CaseFiles;
import vn.mamxanh.organisation.CompetentCommittee;
import vn.mamxanh.organisation.OrganisationDirectory;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Person;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.Unit;
import vn.mamxanh.organisation.UnitKind;
import vn.mamxanh.probation.CeremonyRepository;
import vn.mamxanh.probation.ProbationPeriod;
import vn.mamxanh.probation.ProbationRules;
import vn.mamxanh.resolution.BranchVotes;
import vn.mamxanh.resolution.Decision;
import vn.mamxanh.resolution.DecisionRepository;
import vn.mamxanh.resolution.Purpose;
import vn.mamxanh.resolution.ResolutionVariables;
import vn.mamxanh.resolution.Vote;
import vn.mamxanh.resolution.VoteRepository;
import vn.mamxanh.web.NotFoundException;

/**
 * Fills each official document of a case from what the case recorded: the candidate's profile,
 * the votes (the latest of each, R16) and the decisions with their numbers. Nothing is typed
 * again; a document exists only once the step it records has been taken.
 */
@Component
public class CaseDocuments {

    /** The party's header: organisation above the issuing body, its number, and the place and date. */
    public record Letterhead(String organisation, String issuer, String number, String placeAndDate) {
    }

    /** "T/M CHI BỘ — BÍ THƯ — Nguyễn Văn An"; a name left empty is signed by hand. */
    public record Signature(String onBehalfOf, String title, String name) {
    }

    /** A document the case can print now. */
    public record Available(DocumentKind kind, String number, LocalDate date) {
    }

    private final OrganisationRepository organisation;
    private final OrganisationDirectory directory;
    private final BranchVotes branchVotes;
    private final VoteRepository votes;
    private final DecisionRepository decisions;
    private final CeremonyRepository ceremonies;
    private final ProbationRules probation;
    private final CaseFiles files;
    private final WorkingDays workingDays;

    public CaseDocuments(OrganisationRepository organisation, OrganisationDirectory directory, BranchVotes branchVotes,
                         VoteRepository votes, DecisionRepository decisions, CeremonyRepository ceremonies,
                         ProbationRules probation, CaseFiles files, WorkingDays workingDays) {
        this.organisation = organisation;
        this.directory = directory;
        this.branchVotes = branchVotes;
        this.votes = votes;
        this.decisions = decisions;
        this.ceremonies = ceremonies;
        this.probation = probation;
        this.files = files;
        this.workingDays = workingDays;
    }

    /** The documents whose step has been taken, in the order of the path, the checklist last. */
    public List<Available> available(CandidateCase c) {
        Map<DocumentKind, Available> found = new EnumMap<>(DocumentKind.class);
        branchVotes.latest(c.id()).filter(v -> v.outcome() == ResolutionVariables.BranchVoteOutcome.PASSED)
                .ifPresent(v -> found.put(DocumentKind.BRANCH_RESOLUTION, new Available(DocumentKind.BRANCH_RESOLUTION, null, v.meetingDate())));
        grassrootsVote(c).ifPresent(v -> found.put(DocumentKind.GRASSROOTS_RESOLUTION,
                new Available(DocumentKind.GRASSROOTS_RESOLUTION, v.resolutionNumber(), v.meetingDate())));
        decisions.latest(c.id(), Purpose.ADMISSION).filter(Decision::approved).ifPresent(d -> found.put(
                DocumentKind.ADMISSION_DECISION, new Available(DocumentKind.ADMISSION_DECISION, d.decisionNumber(), d.decisionDate())));
        recognitionVote(c).ifPresent(v -> found.put(DocumentKind.RECOGNITION_RESOLUTION,
                new Available(DocumentKind.RECOGNITION_RESOLUTION, v.resolutionNumber(), v.meetingDate())));
        decisions.latest(c.id(), Purpose.RECOGNITION).ifPresent(d -> {
            DocumentKind kind = d.approved() ? DocumentKind.RECOGNITION_DECISION : DocumentKind.REMOVAL_DECISION;
            found.put(kind, new Available(kind, d.decisionNumber(), d.decisionDate()));
        });
        found.put(DocumentKind.DOSSIER_CHECKLIST, new Available(DocumentKind.DOSSIER_CHECKLIST, null, workingDays.today()));
        return new ArrayList<>(found.values());
    }

    /** What the document's template shows; a document whose step has not been taken is not found. */
    public Map<String, Object> model(CandidateCase c, DocumentKind kind) {
        if (available(c).stream().noneMatch(a -> a.kind() == kind)) {
            throw new NotFoundException("Hồ sơ " + c.id() + " chưa có văn bản \"" + kind.title() + "\".");
        }
        Unit branch = directory.branch(c.branchId());
        Unit grassroots = directory.grassrootsOf(c.branchId());
        CompetentCommittee competent = directory.competentCommittee(c.branchId());
        Map<String, Object> model = new HashMap<>();
        model.put("kind", kind);
        model.put("c", c);
        model.put("birth", PartyStyle.longDate(c.dateOfBirth()));
        model.put("gender", switch (c.gender()) {
            case "NAM" -> "Nam";
            case "NU" -> "Nữ";
            default -> c.gender();
        });
        model.put("branch", branch);
        model.put("grassroots", grassroots);
        model.put("deciding", competent.decides());
        switch (kind) {
            case BRANCH_RESOLUTION -> branchResolution(c, branch, grassroots, model);
            case GRASSROOTS_RESOLUTION -> grassrootsResolution(c, branch, grassroots, model);
            case ADMISSION_DECISION -> admissionDecision(c, branch, grassroots, competent, model);
            case RECOGNITION_RESOLUTION -> recognitionResolution(c, branch, grassroots, model);
            case RECOGNITION_DECISION, REMOVAL_DECISION -> recognitionDecision(c, branch, competent, model);
            case DOSSIER_CHECKLIST -> checklist(c, branch, grassroots, model);
        }
        return model;
    }

    private void branchResolution(CandidateCase c, Unit branch, Unit grassroots, Map<String, Object> model) {
        BranchVotes.BranchVote vote = branchVotes.latest(c.id()).orElseThrow();
        model.put("letterhead", branchLetterhead(branch, grassroots, null, vote.meetingDate()));
        model.put("meetingDate", PartyStyle.longDate(vote.meetingDate()));
        model.put("entitled", vote.officialMembers());
        model.put("present", vote.present());
        model.put("absent", vote.officialMembers() - vote.present());
        model.put("inFavour", vote.inFavour());
        model.put("share", PartyStyle.share(vote.inFavour(), vote.officialMembers()));
        model.put("signature", branchSecretary(branch));
    }

    private void grassrootsResolution(CandidateCase c, Unit branch, Unit grassroots, Map<String, Object> model) {
        Vote vote = grassrootsVote(c).orElseThrow();
        model.put("letterhead", new Letterhead(organisationAbove(grassroots),
                PartyStyle.upper(grassroots.name()), number(vote.resolutionNumber(), "-NQ/ĐU"),
                PartyStyle.placeAndDate(grassroots, vote.meetingDate())));
        branchVotes.latest(c.id()).ifPresent(b -> model.put("branchMeetingDate", PartyStyle.longDate(b.meetingDate())));
        vote(vote, model);
        model.put("signature", new Signature("T/M ĐẢNG ỦY", "BÍ THƯ", ""));
    }

    private void admissionDecision(CandidateCase c, Unit branch, Unit grassroots, CompetentCommittee competent,
                                   Map<String, Object> model) {
        Decision decision = decisions.latest(c.id(), Purpose.ADMISSION).orElseThrow();
        Unit decidedBy = decidedBy(decision, competent);
        model.put("deciding", decidedBy);
        model.put("letterhead", decisionLetterhead(decidedBy, decision));
        grassrootsVote(c).ifPresent(v -> {
            model.put("grassrootsNumber", v.resolutionNumber());
            model.put("grassrootsDate", PartyStyle.longDate(v.meetingDate()));
        });
        branchVotes.latest(c.id()).ifPresent(b -> model.put("branchMeetingDate", PartyStyle.longDate(b.meetingDate())));
        model.put("probationMonths", probation.months());
        model.put("decisionDate", PartyStyle.longDate(decision.decisionDate()));
        model.put("signature", decisionSignature(decidedBy, decision));
    }

    private void recognitionResolution(CandidateCase c, Unit branch, Unit grassroots, Map<String, Object> model) {
        Vote vote = recognitionVote(c).orElseThrow();
        model.put("letterhead", branchLetterhead(branch, grassroots, vote.resolutionNumber(), vote.meetingDate()));
        admission(c, model);
        vote(vote, model);
        model.put("signature", branchSecretary(branch));
    }

    private void recognitionDecision(CandidateCase c, Unit branch, CompetentCommittee competent, Map<String, Object> model) {
        Decision decision = decisions.latest(c.id(), Purpose.RECOGNITION).orElseThrow();
        Unit decidedBy = decidedBy(decision, competent);
        model.put("deciding", decidedBy);
        model.put("letterhead", decisionLetterhead(decidedBy, decision));
        admission(c, model);
        recognitionVote(c).ifPresent(v -> {
            model.put("branchNumber", v.resolutionNumber());
            model.put("branchMeetingDate", PartyStyle.longDate(v.meetingDate()));
        });
        model.put("decisionDate", PartyStyle.longDate(decision.decisionDate()));
        model.put("reason", decision.reason());
        model.put("signature", decisionSignature(decidedBy, decision));
    }

    private void checklist(CandidateCase c, Unit branch, Unit grassroots, Map<String, Object> model) {
        LocalDate today = workingDays.today();
        CaseFile file = files.of(c, List.of(), List.of());
        model.put("letterhead", branchLetterhead(branch, grassroots, null, today));
        model.put("items", file.checklist());
        model.put("introducers", file.introducers());
        model.put("certificate", file.certificate());
        model.put("certificateIssued", file.certificate() == null ? null : PartyStyle.shortDate(file.certificate().issuedOn()));
        // the branch resolution is already an item of the dossier (6-KNĐ)
        model.put("documents", available(c).stream()
                .filter(a -> a.kind() != DocumentKind.DOSSIER_CHECKLIST && a.kind() != DocumentKind.BRANCH_RESOLUTION).toList());
        model.put("signature", branchSecretary(branch));
    }

    /** The admission decision and the ceremony a recognition refers to, and when probation ended (R11). */
    private void admission(CandidateCase c, Map<String, Object> model) {
        decisions.latest(c.id(), Purpose.ADMISSION).filter(Decision::approved).ifPresent(d -> {
            model.put("admissionNumber", d.decisionNumber());
            model.put("admissionDate", PartyStyle.longDate(d.decisionDate()));
        });
        ceremonies.ceremonyDate(c.id()).ifPresent(day -> {
            model.put("ceremonyDate", PartyStyle.longDate(day));
            model.put("probationEnds", PartyStyle.longDate(ProbationPeriod.endsOn(day, probation.months())));
        });
        model.put("probationMonths", probation.months());
    }

    private static void vote(Vote vote, Map<String, Object> model) {
        model.put("meetingDate", PartyStyle.longDate(vote.meetingDate()));
        model.put("entitled", vote.entitled());
        model.put("inFavour", vote.inFavour());
        model.put("against", vote.against());
        model.put("share", PartyStyle.share(vote.inFavour(), vote.entitled()));
        model.put("passed", vote.passed());
        model.put("reason", vote.reason());
    }

    private Optional<Vote> grassrootsVote(CandidateCase c) {
        return votes.latest(c.id(), Purpose.ADMISSION).filter(Vote::passed);
    }

    private Optional<Vote> recognitionVote(CandidateCase c) {
        return votes.latest(c.id(), Purpose.RECOGNITION);
    }

    private static Letterhead branchLetterhead(Unit branch, Unit grassroots, String number, LocalDate day) {
        return new Letterhead(PartyStyle.upper(PartyStyle.organisationOf(grassroots)), PartyStyle.upper(branch.name()),
                number(number, "-NQ/CB"), PartyStyle.placeAndDate(grassroots, day));
    }

    /**
     * A decision is issued in the name of the committee whose body took it: "TỈNH ỦY ĐỒNG THÁP … -QĐ/TU" for the
     * province's standing committee, "ĐẢNG BỘ TỈNH … / ĐẢNG ỦY PHƯỜNG … -QĐ/ĐU" for an authorised grassroots committee.
     */
    private Letterhead decisionLetterhead(Unit decidedBy, Decision decision) {
        Unit committee = directory.levelOf(decidedBy);
        String symbol = switch (committee.kind()) {
            case PROVINCE -> "-QĐ/TU";
            case DISTRICT -> "-QĐ/HU";
            case GRASSROOTS -> "-QĐ/ĐU";
            default -> "-QĐ";
        };
        return new Letterhead(organisationAbove(committee), PartyStyle.upper(committee.name()),
                number(decision.decisionNumber(), symbol), PartyStyle.placeAndDate(committee, decision.decisionDate()));
    }

    /** The party organisation above a committee, in capitals, as a letterhead writes it; none above a province. */
    private String organisationAbove(Unit committee) {
        return organisation.findUnit(committee.parentId())
                .filter(parent -> parent.kind() == UnitKind.PROVINCE || parent.kind() == UnitKind.DISTRICT
                        || parent.kind() == UnitKind.GRASSROOTS)
                .map(parent -> PartyStyle.upper(PartyStyle.organisationOf(parent))).orElse(null);
    }

    /** The body recorded on the decision; for decisions recorded before that was kept, the competent committee today. */
    private Unit decidedBy(Decision decision, CompetentCommittee competent) {
        return Optional.ofNullable(decision.unitId()).flatMap(organisation::findUnit).orElse(competent.decides());
    }

    /** A standing committee signs on its own behalf; a grassroots committee deciding as a whole, through its secretary. */
    private static Signature decisionSignature(Unit decidedBy, Decision decision) {
        return decidedBy.kind() == UnitKind.GRASSROOTS
                ? new Signature("T/M ĐẢNG ỦY", "BÍ THƯ", decision.signer())
                : new Signature("T/M BAN THƯỜNG VỤ", "", decision.signer());
    }

    /** The number as recorded; where none was recorded the number is left blank to be written in by hand. */
    private static String number(String recorded, String symbol) {
        return recorded == null || recorded.isBlank() ? "Số \u00a0\u00a0\u00a0\u00a0\u00a0\u00a0\u00a0" + symbol : "Số " + recorded.trim();
    }

    private Signature branchSecretary(Unit branch) {
        String name = organisation.findRoleHolders(branch.id(), Role.SECRETARY).stream().findFirst()
                .flatMap(holder -> organisation.findPerson(holder.personId())).map(Person::fullName).orElse("");
        return new Signature("T/M CHI BỘ", "BÍ THƯ", name);
    }
}
