package vn.mamxanh.probation;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The regulation's periods for stages 10-12, as configured under {@code mamxanh.rules}.
 *
 * @param ceremonyDeadlineWorkingDays          R10: working days from the decision to the ceremony
 * @param probationMonths                      R11: length of probation from the ceremony date
 * @param recognitionVoteDeadlineWorkingDays   R13: working days after probation ends for the branch's vote
 * @param decisionDeadlineWorkingDays          R09 (via R13): working days for the committee's recognition decision
 */
@ConfigurationProperties("mamxanh.rules")
public record ProbationRules(@DefaultValue("30") int ceremonyDeadlineWorkingDays,
                             @DefaultValue("12") int probationMonths,
                             @DefaultValue("30") int recognitionVoteDeadlineWorkingDays,
                             @DefaultValue("30") int decisionDeadlineWorkingDays) {
}
