package vn.mamxanh.candidate;

/** The case ended: closed early, recognised as official, or removed; with the reason and who ended it. */
public record CaseEnded(String caseId, CaseStatus status, String reason, String endedBy) {
}
