package vn.mamxanh.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Login hardening knobs, under {@code mamxanh.security}. */
@ConfigurationProperties("mamxanh.security")
public record SecuritySettings(Lockout lockout, Password password, VerifiedCredentials verifiedCredentials) {

    /** After {@code maxFailures} wrong passwords in a row the account refuses every login for {@code duration}. */
    public record Lockout(int maxFailures, Duration duration) {
    }

    /** Minimum password policy and the cost of the BCrypt hash. */
    public record Password(int minLength, int bcryptStrength) {
    }

    /**
     * How long a password once checked is taken as checked again without BCrypt, and for how many logins at most
     * (a time of zero turns it off).
     */
    public record VerifiedCredentials(Duration timeToLive, int maxEntries) {
    }
}
