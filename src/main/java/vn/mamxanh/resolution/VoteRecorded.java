package vn.mamxanh.resolution;

import java.time.LocalDate;

/**
 * A meeting's vote on a case was recorded: the branch's resolution (R07), the grassroots committee's
 * (R08) or the branch's recognition vote (R13).
 *
 * @param body     {@code BRANCH}, or the purpose of a committee vote ({@code ADMISSION}, {@code RECOGNITION})
 * @param unitId   the unit that voted, where known
 * @param entitled members entitled to vote (the base of the majority)
 * @param present  members present, where the form asks for it
 * @param against  votes against, where the form asks for it
 * @param outcome  e.g. {@code PASSED}, {@code FAILED}, {@code RETAKE_CLASS}
 */
public record VoteRecorded(String caseId, String body, String unitId, LocalDate meetingDate, long entitled,
                           Integer present, int inFavour, Integer against, String outcome) {
}
