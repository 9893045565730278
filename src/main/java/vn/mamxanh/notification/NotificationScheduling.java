package vn.mamxanh.notification;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The daily digest runs only where mail is switched on. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "mamxanh.mail.enabled", havingValue = "true")
class NotificationScheduling {
}
