package vn.mamxanh.casework;

import java.time.LocalDate;

import vn.mamxanh.candidate.CaseStage;
import vn.mamxanh.candidate.CaseStatus;

/** One line of the case list. */
public record CaseRow(String id, String fullName, String idNumber, String branchName, CaseStage stage,
                      CaseStatus status, boolean overdue, LocalDate createdOn) {
}
