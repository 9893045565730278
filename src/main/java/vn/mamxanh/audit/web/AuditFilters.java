package vn.mamxanh.audit.web;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import vn.mamxanh.audit.AuditJournal;
import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.web.ProblemResponses;

/**
 * The audit filters sit after Spring Security and the engine's authentication filters (which run
 * at {@code DEFAULT_FILTER_ORDER} and {@code + 1}), so they know who is asking, and before the
 * engine REST API and the controllers, so they cover every route.
 */
@Configuration
public class AuditFilters {

    @Bean
    FilterRegistrationBean<RuleRefusalJournal> ruleRefusalJournal(AuditJournal journal, IdentityService identity,
                                                                  TaskService tasks, RuntimeService runtime) {
        var registration = new FilterRegistrationBean<>(new RuleRefusalJournal(journal, identity, tasks, runtime));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 2);
        return registration;
    }

    @Bean
    FilterRegistrationBean<AuditorReadOnlyFilter> auditorReadOnlyFilter(OrganisationRepository organisation,
                                                                        ProblemResponses problems) {
        var registration = new FilterRegistrationBean<>(new AuditorReadOnlyFilter(organisation, problems));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 3);
        return registration;
    }
}
