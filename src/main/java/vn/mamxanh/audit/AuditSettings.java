package vn.mamxanh.audit;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * {@code mamxanh.audit.*}: how long the history of a closed case is kept and when the engine may
 * clean up what is older.
 *
 * @param retention          history of an ended process is kept this long after it ended (default 20 years)
 * @param cleanupWindowStart the engine's history cleanup runs only between these times (local server time)
 * @param cleanupWindowEnd   see above
 * @param searchLimit        most entries one search or export returns
 */
@ConfigurationProperties("mamxanh.audit")
public record AuditSettings(Duration retention, String cleanupWindowStart, String cleanupWindowEnd, Integer searchLimit) {

    public AuditSettings {
        retention = retention == null ? Duration.ofDays(7300) : retention;
        cleanupWindowStart = cleanupWindowStart == null ? "22:00" : cleanupWindowStart;
        cleanupWindowEnd = cleanupWindowEnd == null ? "05:00" : cleanupWindowEnd;
        searchLimit = searchLimit == null ? 5000 : searchLimit;
    }

    public int retentionDays() {
        return Math.toIntExact(retention.toDays());
    }
}
