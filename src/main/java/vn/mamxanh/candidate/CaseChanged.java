package vn.mamxanh.candidate;

/** A field of the case row took a new value: its stage, status or branch. */
public record CaseChanged(String caseId, String field, String value) {
}
