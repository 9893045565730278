package vn.mamxanh.notification;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mamxanh.mail.*}: whether the app sends mail at all (off by default, so the demo never does),
 * the sender, the address links in messages point to, and how far ahead the daily digest looks.
 * The SMTP server itself is Spring's {@code spring.mail.*}.
 */
@ConfigurationProperties("mamxanh.mail")
public record MailSettings(boolean enabled, String from, String baseUrl, int dueSoonDays) {

    public MailSettings {
        from = from == null || from.isBlank() ? "mamxanh@localhost" : from;
        baseUrl = baseUrl == null || baseUrl.isBlank() ? "http://localhost:8080" : baseUrl.replaceAll("/+$", "");
        dueSoonDays = dueSoonDays <= 0 ? 3 : dueSoonDays;
    }

    String caseLink(String caseId) {
        return baseUrl + "/cases/" + caseId;
    }

    String tasklistLink() {
        return baseUrl + "/camunda/app/tasklist/";
    }
}
