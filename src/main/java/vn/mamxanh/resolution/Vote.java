package vn.mamxanh.resolution;

import java.time.Instant;
import java.time.LocalDate;

/** One recorded vote: who was entitled, how many were in favour, and what the meeting concluded. */
public record Vote(String caseId, Purpose purpose, String unitId, String resolutionNumber, LocalDate meetingDate,
                   int entitled, int inFavour, int against, boolean passed, String reason, String recordedBy,
                   Instant recordedAt) {
}
