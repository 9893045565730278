package vn.mamxanh.notification;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Mail on assignment: the engine side. Whether anything is sent is {@code mamxanh.mail.enabled}. */
@Component
@EnableConfigurationProperties(MailSettings.class)
class NotificationEnginePlugin extends AbstractProcessEnginePlugin {

    private final AssignmentNotices notices;

    // Lazy: the listener reads the case table, whose beans need not exist before the engine does.
    NotificationEnginePlugin(@Lazy AssignmentNotices notices) {
        this.notices = notices;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<BpmnParseListener> listeners = configuration.getCustomPostBPMNParseListeners() == null
                ? new ArrayList<>() : new ArrayList<>(configuration.getCustomPostBPMNParseListeners());
        listeners.add(new NotificationParseListener(notices));
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
