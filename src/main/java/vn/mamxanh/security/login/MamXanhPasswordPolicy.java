package vn.mamxanh.security.login;

import java.util.List;

import org.camunda.bpm.engine.identity.PasswordPolicy;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyDigitRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLengthRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyLowerCaseRuleImpl;
import org.camunda.bpm.engine.impl.identity.PasswordPolicyUpperCaseRuleImpl;

/**
 * The minimum password policy, given to the engine so it holds on every route that sets a
 * password (the app's API and Camunda Admin alike): a configurable length, a lower-case letter,
 * an upper-case letter and a digit.
 */
public class MamXanhPasswordPolicy implements PasswordPolicy {

    private final int minLength;

    public MamXanhPasswordPolicy(int minLength) {
        this.minLength = minLength;
    }

    @Override
    public List<PasswordPolicyRule> getRules() {
        return List.of(new PasswordPolicyLengthRuleImpl(minLength), new PasswordPolicyLowerCaseRuleImpl(1),
                new PasswordPolicyUpperCaseRuleImpl(1), new PasswordPolicyDigitRuleImpl(1));
    }

    /** What is wrong with a password, in Vietnamese, or an empty list when it is good enough. */
    public List<String> problemsWith(String password) {
        String candidate = password == null ? "" : password;
        return getRules().stream()
                .filter(rule -> !rule.execute(candidate))
                .map(rule -> vietnamese(rule.getPlaceholder()))
                .toList();
    }

    private String vietnamese(String placeholder) {
        return switch (placeholder) {
            case PasswordPolicyLengthRuleImpl.PLACEHOLDER -> "Mật khẩu phải có ít nhất " + minLength + " ký tự.";
            case PasswordPolicyLowerCaseRuleImpl.PLACEHOLDER -> "Mật khẩu phải có ít nhất một chữ thường.";
            case PasswordPolicyUpperCaseRuleImpl.PLACEHOLDER -> "Mật khẩu phải có ít nhất một chữ hoa.";
            case PasswordPolicyDigitRuleImpl.PLACEHOLDER -> "Mật khẩu phải có ít nhất một chữ số.";
            default -> "Mật khẩu chưa đủ mạnh.";
        };
    }
}
