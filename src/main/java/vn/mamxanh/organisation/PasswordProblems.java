package vn.mamxanh.organisation;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.PasswordPolicyRule;
import org.springframework.stereotype.Component;

/**
 * What the engine's password policy finds wrong with a password, said in Vietnamese, for every
 * place a password is set (the app's admin API, Camunda Admin, the engine REST API).
 */
@Component
public class PasswordProblems {

    private final IdentityService identity;

    public PasswordProblems(IdentityService identity) {
        this.identity = identity;
    }

    public List<String> of(String password) {
        return identity.checkPasswordAgainstPolicy(password == null ? "" : password).getViolatedRules().stream()
                .map(PasswordProblems::vietnamese)
                .toList();
    }

    private static String vietnamese(PasswordPolicyRule rule) {
        return switch (rule.getPlaceholder()) {
            case "PASSWORD_POLICY_LENGTH" -> "Mật khẩu phải có ít nhất " + rule.getParameters().get("minLength") + " ký tự.";
            case "PASSWORD_POLICY_LOWERCASE" -> "Mật khẩu phải có ít nhất một chữ thường.";
            case "PASSWORD_POLICY_UPPERCASE" -> "Mật khẩu phải có ít nhất một chữ hoa.";
            case "PASSWORD_POLICY_DIGIT" -> "Mật khẩu phải có ít nhất một chữ số.";
            default -> "Mật khẩu chưa đủ mạnh.";
        };
    }
}
