package vn.mamxanh.resolution;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(DecisionRules.class)
class ResolutionConfiguration {
}
