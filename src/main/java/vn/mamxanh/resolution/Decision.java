package vn.mamxanh.resolution;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A committee's written decision: to admit (or recognise), or not, with its number, date and signer,
 * and the unit that took it (the competent committee's deciding body; null for decisions recorded
 * before that was kept).
 */
public record Decision(String caseId, Purpose purpose, boolean approved, String decisionNumber,
                       LocalDate decisionDate, String signer, String reason, String recordedBy, Instant recordedAt,
                       String unitId) {
}
