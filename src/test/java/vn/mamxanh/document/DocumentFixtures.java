package vn.mamxanh.document;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.stereotype.Component;

import vn.mamxanh.candidate.CandidateCase;
import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.organisation.DemoOrganisation;
import vn.mamxanh.probation.CeremonyRepository;
import vn.mamxanh.resolution.BranchVotes;
import vn.mamxanh.resolution.Decision;
import vn.mamxanh.resolution.DecisionRepository;
import vn.mamxanh.resolution.Purpose;
import vn.mamxanh.resolution.ResolutionVariables;
import vn.mamxanh.resolution.Vote;
import vn.mamxanh.resolution.VoteRepository;
import vn.mamxanh.testing.CaseFixtures;

/** Cases of the east village branch whose every step up to recognition or removal is on record. */
@Component
class DocumentFixtures {

    private final CaseFixtures fixtures;
    private final BranchVotes branchVotes;
    private final VoteRepository votes;
    private final DecisionRepository decisions;
    private final CeremonyRepository ceremonies;

    DocumentFixtures(CaseFixtures fixtures, BranchVotes branchVotes, VoteRepository votes, DecisionRepository decisions,
                     CeremonyRepository ceremonies) {
        this.fixtures = fixtures;
        this.branchVotes = branchVotes;
        this.votes = votes;
        this.decisions = decisions;
        this.ceremonies = ceremonies;
    }

    /** Admitted by 215-QĐ/TU, recognised by 88-QĐ/TU after the branch's 6 of 6 (07-NQ/CB). */
    CandidateCase recognised(String fullName) {
        CandidateCase c = fixtures.openCase(DemoOrganisation.BRANCH_EAST, fullName, CaseStage.RECOGNITION);
        admitted(c, "45-NQ/ĐU", "215-QĐ/TU");
        votes.add(new Vote(c.id(), Purpose.RECOGNITION, DemoOrganisation.BRANCH_EAST, "07-NQ/CB",
                LocalDate.of(2027, 4, 14), 6, 6, 0, true, null, "bithu.dong", Instant.now()));
        decisions.add(new Decision(c.id(), Purpose.RECOGNITION, true, "88-QĐ/TU", LocalDate.of(2027, 5, 6),
                "Hà Văn Vinh", null, "btv.uyvien", Instant.now(), DemoOrganisation.STANDING_COMMITTEE));
        return c;
    }

    /** Admitted by 216-QĐ/TU, removed by 89-QĐ/TU after the branch did not recommend (2 of 6). */
    CandidateCase removed(String fullName) {
        CandidateCase c = fixtures.openCase(DemoOrganisation.BRANCH_EAST, fullName, CaseStage.RECOGNITION);
        admitted(c, "46-NQ/ĐU", "216-QĐ/TU");
        votes.add(new Vote(c.id(), Purpose.RECOGNITION, DemoOrganisation.BRANCH_EAST, null,
                LocalDate.of(2027, 4, 15), 6, 2, 4, false, "Không gương mẫu chấp hành nghĩa vụ đảng viên dự bị",
                "bithu.dong", Instant.now()));
        decisions.add(new Decision(c.id(), Purpose.RECOGNITION, false, "89-QĐ/TU", LocalDate.of(2027, 5, 7),
                "Hà Văn Vinh", "Vi phạm tư cách đảng viên dự bị", "btv.uyvien", Instant.now(), DemoOrganisation.STANDING_COMMITTEE));
        return c;
    }

    /** A case of the ward authorised to admit: the ward committee itself decided, 3 of 3 (31-QĐ/ĐU). */
    CandidateCase admittedByAuthorisedWard(String fullName) {
        CandidateCase c = fixtures.openCase(DemoOrganisation.WARD_BRANCH_EAST, fullName, CaseStage.PROBATION);
        branchVotes.record(c.id(), ResolutionVariables.BranchVoteOutcome.PASSED, LocalDate.of(2026, 3, 5), 5, 5, 5, "bithu.phu");
        votes.add(new Vote(c.id(), Purpose.ADMISSION, DemoOrganisation.AUTHORISED_GRASSROOTS, "12-NQ/ĐU", LocalDate.of(2026, 3, 20),
                3, 3, 0, true, null, "danguy.mytra1", Instant.now()));
        votes.add(new Vote(c.id(), Purpose.ADMISSION_DECISION, DemoOrganisation.AUTHORISED_GRASSROOTS, "31-QĐ/ĐU",
                LocalDate.of(2026, 4, 2), 3, 3, 0, true, null, "danguy.mytra2", Instant.now()));
        decisions.add(new Decision(c.id(), Purpose.ADMISSION, true, "31-QĐ/ĐU", LocalDate.of(2026, 4, 2),
                "Lâm Văn Rạng", null, "danguy.mytra2", Instant.now(), DemoOrganisation.AUTHORISED_GRASSROOTS));
        ceremonies.add(c.id(), LocalDate.of(2026, 4, 10), "Hội trường khóm Mỹ Phú", "bithu.phu", Instant.now());
        return c;
    }

    /** Branch 5 of 6 on 05/03/2026, grassroots committee 3 of 3 on 20/03, decision 02/04, ceremony 10/04/2026. */
    private void admitted(CandidateCase c, String grassrootsNumber, String admissionNumber) {
        branchVotes.record(c.id(), ResolutionVariables.BranchVoteOutcome.PASSED, LocalDate.of(2026, 3, 5), 6, 6, 5, "bithu.dong");
        votes.add(new Vote(c.id(), Purpose.ADMISSION, DemoOrganisation.GRASSROOTS, grassrootsNumber, LocalDate.of(2026, 3, 20),
                3, 3, 0, true, null, "danguy.anhoa1", Instant.now()));
        decisions.add(new Decision(c.id(), Purpose.ADMISSION, true, admissionNumber, LocalDate.of(2026, 4, 2),
                "Hà Văn Vinh", null, "btv.uyvien", Instant.now(), DemoOrganisation.STANDING_COMMITTEE));
        ceremonies.add(c.id(), LocalDate.of(2026, 4, 10), "Hội trường thôn Đông", "bithu.dong", Instant.now());
    }
}
