package vn.mamxanh.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EducationRuleTest {

    @Test
    void R02_lower_secondary_or_higher_is_accepted_everywhere() {
        assertThat(EducationRule.violation(EducationLevel.LOWER_SECONDARY, false, null)).isEmpty();
        assertThat(EducationRule.violation(EducationLevel.TERTIARY, false, null)).isEmpty();
    }

    @Test
    void R02_primary_is_refused_outside_mountainous_units_even_with_a_reason() {
        assertThat(EducationRule.violation(EducationLevel.PRIMARY, false, "lý do")).get().asString().contains("vùng cao");
    }

    @Test
    void R02_primary_in_a_mountainous_unit_needs_an_exemption_reason() {
        assertThat(EducationRule.violation(EducationLevel.PRIMARY, true, " ")).isPresent();
        assertThat(EducationRule.violation(EducationLevel.PRIMARY, true, "Già làng, người có uy tín")).isEmpty();
    }
}
