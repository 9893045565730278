package vn.mamxanh.calendar;

import java.time.Instant;

/** A deadline drawn in a model ran out before its step was done (R09, R10, R13). */
public record DeadlineMissed(String caseId, String lateStep, String rule, Instant deadline) {
}
