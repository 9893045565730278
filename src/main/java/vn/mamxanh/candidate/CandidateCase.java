package vn.mamxanh.candidate;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;

/** A candidate's case: the profile given at introduction and where the case stands. */
public record CandidateCase(
        String id,
        String fullName,
        LocalDate dateOfBirth,
        String gender,
        String idNumber,
        String ethnicity,
        String religion,
        EducationLevel educationLevel,
        String occupation,
        String residenceAddress,
        String branchId,
        String introducedByUnitId,
        String introducedBy,
        boolean youthUnionMember,
        CaseStage stage,
        CaseStatus status,
        boolean overdue,
        String endReason,
        String endedBy,
        Instant endedAt,
        Instant createdAt) {

    /** Age in full years on a given day (R01 counts in months; see the rule for that). */
    public int ageOn(LocalDate day) {
        return Period.between(dateOfBirth, day).getYears();
    }
}
