package vn.mamxanh.security;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

import vn.mamxanh.security.caseaccess.CaseAccessGrants;
import vn.mamxanh.security.caseaccess.CaseAccessParseListener;
import vn.mamxanh.security.login.BcryptPasswordEncryptor;
import vn.mamxanh.security.login.MamXanhPasswordPolicy;

/**
 * What the engine needs for access control: BCrypt password hashes and the password policy, per
 * instance permissions on history (so a branch's history is its own), and the case access grants on
 * every model. Login throttling is the app's {@code LoginLockout}; the engine's own escalating delay
 * is switched off so the two do not lock people out in ways the settings do not say.
 */
@Component
@EnableConfigurationProperties(SecuritySettings.class)
public class SecurityEnginePlugin extends AbstractProcessEnginePlugin {

    private final SecuritySettings settings;
    private final CaseAccessGrants grants;

    public SecurityEnginePlugin(SecuritySettings settings, CaseAccessGrants grants) {
        this.settings = settings;
        this.grants = grants;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setPasswordEncryptor(new BcryptPasswordEncryptor(settings.password().bcryptStrength()));
        configuration.setEnablePasswordPolicy(true);
        configuration.setPasswordPolicy(passwordPolicy());
        configuration.setLoginDelayBase(0);
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setEnableHistoricInstancePermissions(true);
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new CaseAccessParseListener(grants));
        configuration.setCustomPostBPMNParseListeners(listeners);
    }

    public MamXanhPasswordPolicy passwordPolicy() {
        return new MamXanhPasswordPolicy(settings.password().minLength());
    }
}
