package vn.mamxanh.probation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The regulation's period for the admission ceremony, as configured under {@code mamxanh.rules.ceremony}.
 *
 * @param deadlineWorkingDays R10: working days from the admission decision to the ceremony
 */
@ConfigurationProperties("mamxanh.rules.ceremony")
public record CeremonyRules(@DefaultValue("30") int deadlineWorkingDays) {
}
