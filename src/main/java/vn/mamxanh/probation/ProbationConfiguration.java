package vn.mamxanh.probation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties({ProbationRules.class, CeremonyRules.class})
class ProbationConfiguration {
}
