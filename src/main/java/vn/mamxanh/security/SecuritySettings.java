package vn.mamxanh.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Login hardening knobs, under {@code mamxanh.security}. */
@ConfigurationProperties("mamxanh.security")
public record SecuritySettings(Lockout lockout, Password password) {

    /** After {@code maxFailures} wrong passwords in a row the account refuses every login for {@code duration}. */
    public record Lockout(int maxFailures, Duration duration) {
    }

    /** Minimum password policy and the cost of the BCrypt hash. */
    public record Password(int minLength, int bcryptStrength) {
    }
}
