package vn.mamxanh.resolution;

import java.time.Instant;
import java.time.LocalDate;

/** The one extension of a committee's decision deadline (R09): how long, why, and the deadline before and after. */
public record DeadlineExtension(String caseId, Purpose purpose, int extraWorkingDays, String reason,
                                LocalDate dueBefore, LocalDate dueAfter, String grantedBy, Instant grantedAt) {
}
