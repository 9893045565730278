package vn.mamxanh.resolution;

import java.time.LocalDate;

/**
 * A body decided on a case: the branch on an introduction, the province on an older candidate (R01),
 * the competent committee on admission or recognition (R09, R13).
 *
 * @param kind    {@code INTAKE}, {@code OLDER_CANDIDATE}, {@code ADMISSION} or {@code RECOGNITION}
 * @param date    the date written on the decision, where it has one
 */
public record DecisionTaken(String caseId, String kind, boolean approved, String number, LocalDate date,
                            String reason) {
}
