package vn.mamxanh.candidate;

import java.time.LocalDate;
import java.time.Period;

/**
 * R01: at the branch's consideration (the date of the meeting that votes) the candidate is from 18 to
 * 60 full years old, counted in whole months: 216 to 720 months are in range, so a candidate who turns
 * 18 or 60 that day is in range and one who is 60 years and 1 month is over. Older candidates are not
 * refused: they need the province-level committee's approval.
 */
public final class AgeRule {

    public enum Outcome { TOO_YOUNG, ELIGIBLE, NEEDS_PROVINCE_APPROVAL }

    private AgeRule() {
    }

    public static Outcome check(LocalDate dateOfBirth, LocalDate consideredOn, int minimumYears, int maximumYears) {
        long months = Period.between(dateOfBirth, consideredOn).toTotalMonths();
        if (months < minimumYears * 12L) {
            return Outcome.TOO_YOUNG;
        }
        if (months > maximumYears * 12L) {
            return Outcome.NEEDS_PROVINCE_APPROVAL;
        }
        return Outcome.ELIGIBLE;
    }
}
