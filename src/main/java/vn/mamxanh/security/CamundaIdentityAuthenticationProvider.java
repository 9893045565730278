package vn.mamxanh.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.stereotype.Component;

import vn.mamxanh.security.login.LoginLockout;
import vn.mamxanh.security.login.VerifiedCredentials;

/**
 * Checks a login against the Camunda identity service, where the passwords live (hashed), so one
 * account serves the app, Tasklist and the engine REST API. Authorities are the person's groups.
 * Repeated failures lock the login name for a while ({@link LoginLockout}). A password that passed
 * BCrypt a moment ago is not BCrypt-checked again on the next request ({@link VerifiedCredentials}):
 * API clients send it with every call.
 */
@Component
public class CamundaIdentityAuthenticationProvider implements AuthenticationProvider {

    private static final int MAX_LOGIN_NAME = 128;

    private final IdentityService identity;
    private final LoginLockout lockout;
    private final VerifiedCredentials verified;
    private final BCryptPasswordEncoder timingEqualiser;
    private final String dummyHash;

    public CamundaIdentityAuthenticationProvider(IdentityService identity, LoginLockout lockout, VerifiedCredentials verified,
                                                 SecuritySettings settings) {
        this.identity = identity;
        this.lockout = lockout;
        this.verified = verified;
        this.timingEqualiser = new BCryptPasswordEncoder(settings.password().bcryptStrength());
        this.dummyHash = timingEqualiser.encode("not-a-password");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || userId.isBlank() || userId.length() > MAX_LOGIN_NAME || credentials == null) {
            throw refused();
        }
        String password = credentials.toString();
        VerifiedCredentials.Account account = verified.account(userId).orElse(null);
        boolean locked = account != null ? account.locked(ClockUtil.getCurrentTime().toInstant()) : lockout.isLocked(userId);
        if (locked) {
            // As slow as a real check, so a locked account cannot be told from a wrong password by timing.
            timingEqualiser.matches(password, dummyHash);
            throw refused();
        }
        if (account != null && verified.recentlyVerified(userId, password, account)) {
            if (account.failures() > 0) {
                lockout.recordSuccess(userId);
            }
        } else {
            if (!identity.checkPassword(userId, password)) {
                lockout.recordFailure(userId);
                throw refused();
            }
            lockout.recordSuccess(userId);
            if (account != null) {
                verified.remember(userId, password, account);
            }
        }
        List<SimpleGrantedAuthority> groups = identity.createGroupQuery().groupMember(userId).list().stream()
                .map(Group::getId)
                .map(SimpleGrantedAuthority::new)
                .toList();
        return UsernamePasswordAuthenticationToken.authenticated(userId, null, groups);
    }

    /** One answer for unknown, locked and wrong-password accounts: nothing to learn by probing. */
    private static BadCredentialsException refused() {
        return new BadCredentialsException("Tên đăng nhập hoặc mật khẩu không đúng.");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
