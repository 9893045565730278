package vn.mamxanh.resolution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The regulation's period for a committee's decision, as configured under {@code mamxanh.rules.decision}.
 *
 * @param deadlineWorkingDays R09: working days a committee has from receiving the lower level's resolution
 */
@ConfigurationProperties("mamxanh.rules.decision")
public record DecisionRules(@DefaultValue("30") int deadlineWorkingDays) {
}
