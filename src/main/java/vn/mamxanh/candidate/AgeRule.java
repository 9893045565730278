package vn.mamxanh.candidate;

import java.time.LocalDate;
import java.time.Period;

/**
 * R01: at the branch's consideration the candidate is from 18 to 60 full years old, counted in
 * months. Older candidates are not refused: they need the province-level committee's approval.
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
        // "60 full years" still holds through the last month of the 60th year: 60 years 11 months is 60 full years.
        if (months >= (maximumYears + 1) * 12L) {
            return Outcome.NEEDS_PROVINCE_APPROVAL;
        }
        return Outcome.ELIGIBLE;
    }
}
