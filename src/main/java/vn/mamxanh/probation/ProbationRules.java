package vn.mamxanh.probation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The regulation's periods of probation, as configured under {@code mamxanh.rules.probation}.
 *
 * @param months                              R11: length of probation from the ceremony date
 * @param recognitionVoteDeadlineWorkingDays  R13: working days after probation ends for the branch's vote
 */
@ConfigurationProperties("mamxanh.rules.probation")
public record ProbationRules(@DefaultValue("12") int months,
                             @DefaultValue("30") int recognitionVoteDeadlineWorkingDays) {
}
