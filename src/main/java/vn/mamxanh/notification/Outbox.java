package vn.mamxanh.notification;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import jakarta.annotation.PreDestroy;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the app's messages once the change they announce has committed, on a thread of its own, so
 * a rolled-back step mails nobody and a slow or absent mail server never holds up a person's click.
 * A message that cannot be sent is logged; the step it announces stands.
 */
@Component
class Outbox {

    private static final Logger log = LoggerFactory.getLogger(Outbox.class);

    private final MailSettings settings;
    private final ObjectProvider<JavaMailSender> sender;
    private final ExecutorService sending = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "mamxanh-mail");
        thread.setDaemon(true);
        return thread;
    });

    Outbox(MailSettings settings, ObjectProvider<JavaMailSender> sender) {
        this.settings = settings;
        this.sender = sender;
    }

    boolean enabled() {
        return settings.enabled() && sender.getIfAvailable() != null;
    }

    /** Queues a message; one per recipient and key within a transaction (a task created and assigned at once). */
    void send(String key, String to, String subject, String text) {
        if (!enabled() || to == null || to.isBlank()) {
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(settings.from());
        message.setTo(to);
        message.setSubject(subject);
        message.setText(text);
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            dispatch(Map.of(key + "|" + to, message));
            return;
        }
        pending().putIfAbsent(key + "|" + to, message);
    }

    @SuppressWarnings("unchecked")
    private Map<String, SimpleMailMessage> pending() {
        Map<String, SimpleMailMessage> pending = (Map<String, SimpleMailMessage>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            Map<String, SimpleMailMessage> created = new LinkedHashMap<>();
            TransactionSynchronizationManager.bindResource(this, created);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(Outbox.this);
                    if (status == STATUS_COMMITTED) {
                        dispatch(created);
                    }
                }
            });
            pending = created;
        }
        return pending;
    }

    private void dispatch(Map<String, SimpleMailMessage> messages) {
        JavaMailSender mail = sender.getIfAvailable();
        for (SimpleMailMessage message : messages.values()) {
            sending.execute(() -> {
                try {
                    mail.send(message);
                } catch (RuntimeException e) {
                    log.warn("Mail to {} not sent ({}): {}", String.join(",", message.getTo()), message.getSubject(),
                            e.getMessage());
                }
            });
        }
    }

    @PreDestroy
    void stop() {
        sending.shutdown();
    }
}
