package vn.mamxanh.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CertificateValidityTest {

    private static final LocalDate ISSUED = LocalDate.of(2021, 3, 10);

    @Test
    void R03_valid_for_60_months_from_issue() {
        assertThat(CertificateValidity.validOn(ISSUED, LocalDate.of(2026, 3, 9), 60)).isTrue();
        assertThat(CertificateValidity.validOn(ISSUED, LocalDate.of(2026, 3, 10), 60)).isFalse();
        assertThat(CertificateValidity.expiresOn(ISSUED, 60)).isEqualTo(LocalDate.of(2026, 3, 10));
    }

    @Test
    void R03_not_valid_before_it_was_issued_and_the_period_is_a_setting() {
        assertThat(CertificateValidity.validOn(ISSUED, ISSUED.minusDays(1), 60)).isFalse();
        assertThat(CertificateValidity.validOn(ISSUED, LocalDate.of(2023, 3, 10), 24)).isFalse();
    }
}
