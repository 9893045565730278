package vn.mamxanh.resolution;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The regulation's periods for a committee's decision (R09), as configured under {@code mamxanh.rules.decision}.
 *
 * @param admissionWorkingDays             the admission decision, counted from the date of the branch's
 *                                         resolution proposing admission
 * @param grassrootsReviewTargetWorkingDays the grassroots committee's review, a target inside that window,
 *                                         counted from the same date
 * @param recognitionWorkingDays           the recognition decision, counted from the date of the branch's
 *                                         resolution proposing recognition (R13)
 * @param extensionMaximumWorkingDays      the one extension the deciding body may grant, at most this long
 */
@ConfigurationProperties("mamxanh.rules.decision")
public record DecisionRules(@DefaultValue("60") int admissionWorkingDays,
                            @DefaultValue("30") int grassrootsReviewTargetWorkingDays,
                            @DefaultValue("30") int recognitionWorkingDays,
                            @DefaultValue("30") int extensionMaximumWorkingDays) {
}
