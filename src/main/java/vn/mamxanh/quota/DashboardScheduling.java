package vn.mamxanh.quota;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on the daily stage snapshot; tests switch it off and take snapshots themselves. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "mamxanh.dashboard.scheduling-enabled", havingValue = "true", matchIfMissing = true)
class DashboardScheduling {
}
