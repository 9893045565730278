package vn.mamxanh.caseimport;

import java.time.LocalDate;

import vn.mamxanh.candidate.IntroductionRequest;

/** A row that passed every check: the profile, the stage it is at, and what that stage needs. */
public record ImportedCandidate(int rowNumber, IntroductionRequest profile, String branchName, ImportableStage stage,
                         String mentorId, String mentorName, String certificateNumber, LocalDate certificateIssuedOn) {
}
