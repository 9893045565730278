package vn.mamxanh.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MamXanhPasswordPolicyTest {

    private final MamXanhPasswordPolicy policy = new MamXanhPasswordPolicy(10);

    @Test
    void the_demo_password_meets_the_policy() {
        assertThat(policy.accepts("MamXanh@2026")).isTrue();
    }

    @Test
    void a_password_needs_the_configured_length() {
        assertThat(policy.accepts("MamXanh26")).isFalse();
        assertThat(new MamXanhPasswordPolicy(8).accepts("MamXanh26")).isTrue();
    }

    @Test
    void a_password_needs_lower_case_upper_case_and_a_digit() {
        assertThat(policy.accepts("mamxanh@2026")).isFalse();
        assertThat(policy.accepts("MAMXANH@2026")).isFalse();
        assertThat(policy.accepts("MamXanh@abcd")).isFalse();
        assertThat(policy.accepts(null)).isFalse();
    }
}
