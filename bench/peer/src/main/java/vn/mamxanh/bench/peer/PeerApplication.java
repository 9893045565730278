package vn.mamxanh.bench.peer;

import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;

/**
 * The benchmark's peer: what a team gets from plain Camunda 7.24 on Spring Boot. One worker in one
 * group, HTTP Basic on the engine REST API checked by Camunda's own provider, authorizations on,
 * history FULL. The benchmark starts instances and claims and completes their one task, as it does
 * with Mầm Xanh's intake review.
 */
@SpringBootApplication
public class PeerApplication {

    static final String WORKER = "peerworker";
    static final String GROUP = "peerworkers";
    static final String PROCESS = "peer-one-task";

    public static void main(String[] args) {
        SpringApplication.run(PeerApplication.class, args);
    }

    @Bean
    FilterRegistrationBean<ProcessEngineAuthenticationFilter> engineRestBasicAuthentication() {
        var registration = new FilterRegistrationBean<>(new ProcessEngineAuthenticationFilter());
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                HttpBasicAuthenticationProvider.class.getName()));
        registration.addUrlPatterns("/engine-rest/*");
        return registration;
    }

    /** The worker may start the model and read its tasks; working a task comes from Camunda's own per-task grants. */
    @EventListener(ApplicationReadyEvent.class)
    void worker(ApplicationReadyEvent ready) {
        ProcessEngine engine = ready.getApplicationContext().getBean(ProcessEngine.class);
        IdentityService identity = engine.getIdentityService();
        AuthorizationService authorizations = engine.getAuthorizationService();
        if (identity.createUserQuery().userId(WORKER).count() > 0) {
            return;
        }
        User worker = identity.newUser(WORKER);
        worker.setPassword(System.getenv().getOrDefault("PEER_PASSWORD", "MamXanh@2026"));
        identity.saveUser(worker);
        Group group = identity.newGroup(GROUP);
        identity.saveGroup(group);
        identity.createMembership(WORKER, GROUP);
        grant(authorizations, Resources.PROCESS_DEFINITION, PROCESS,
                Permissions.READ, ProcessDefinitionPermissions.CREATE_INSTANCE);
        grant(authorizations, Resources.PROCESS_INSTANCE, Authorization.ANY, Permissions.CREATE);
    }

    private static void grant(AuthorizationService authorizations, Resource resource, String resourceId, Permission... permissions) {
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(GROUP);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        for (Permission permission : permissions) {
            grant.addPermission(permission);
        }
        authorizations.saveAuthorization(grant);
    }
}
