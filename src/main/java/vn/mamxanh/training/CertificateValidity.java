package vn.mamxanh.training;

import java.time.LocalDate;

/** R03: an awareness-class certificate is valid for a configured number of months from its issue. */
public final class CertificateValidity {

    private CertificateValidity() {
    }

    /** Valid up to, not including, the same day of the month {@code validMonths} later. */
    public static boolean validOn(LocalDate issuedOn, LocalDate day, int validMonths) {
        return !day.isBefore(issuedOn) && day.isBefore(issuedOn.plusMonths(validMonths));
    }

    public static LocalDate expiresOn(LocalDate issuedOn, int validMonths) {
        return issuedOn.plusMonths(validMonths);
    }
}
