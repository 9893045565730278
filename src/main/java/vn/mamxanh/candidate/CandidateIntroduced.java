package vn.mamxanh.candidate;

/** A mass organisation introduced a person to a branch: the case exists from here on (stage 1). */
public record CandidateIntroduced(String caseId, String branchId, String introducedByUnitId, String introducedBy) {
}
