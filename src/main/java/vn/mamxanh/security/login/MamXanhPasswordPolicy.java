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

    public boolean accepts(String password) {
        return password != null && getRules().stream().allMatch(rule -> rule.execute(password));
    }
}
