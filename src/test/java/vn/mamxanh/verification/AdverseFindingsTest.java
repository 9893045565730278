package vn.mamxanh.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

import vn.mamxanh.verification.AdverseFindings.Item;

class AdverseFindingsTest {

    @Test
    void R06_every_person_of_the_self_report_needs_a_result() {
        List<Item> items = List.of(new Item("Bản thân", VerificationResult.CLEAR, "a"), new Item("cha", VerificationResult.CLEAR, "a"));
        assertThat(AdverseFindings.uncovered(List.of("Bản thân", "Cha", "Mẹ"), items)).containsExactly("Mẹ");
        assertThat(AdverseFindings.uncovered(List.of("Bản thân", "Cha"), items)).isEmpty();
    }

    @Test
    void R06_an_unresolved_adverse_finding_blocks_and_a_resolved_one_does_not() {
        assertThat(AdverseFindings.blocksResolution(List.of(new Item("Cha", VerificationResult.ADVERSE, "a")))).isTrue();
        assertThat(AdverseFindings.blocksResolution(List.of(new Item("Cha", VerificationResult.RESOLVED, "a")))).isFalse();
    }

    @Test
    void R06_results_are_read_as_the_committee_writes_them() {
        assertThat(VerificationResult.fromLabel(" có vấn đề ")).contains(VerificationResult.ADVERSE);
        assertThat(VerificationResult.fromLabel("Đã làm rõ")).contains(VerificationResult.RESOLVED);
        assertThat(VerificationResult.fromLabel("ổn")).isEmpty();
    }
}
