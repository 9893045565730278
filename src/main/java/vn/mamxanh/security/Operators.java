package vn.mamxanh.security;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The people who run the system (vận hành): they see jobs and incidents in Cockpit and alone may run
 * a job now, give it new retries or move its due date ({@link JobOperations}). That reaches every
 * case's processes, so operators are named in the configuration ({@code mamxanh.security.operators}),
 * not by the administrator, whose identity writes cannot touch this group ({@link IdentityWriteBoundary}).
 * Their grants reach running instances only (what Cockpit needs to show jobs and incidents), not the
 * case history that {@code /api/cases} and the case pages read. The demo has one, {@code vanhanh}.
 */
@Component
@Order(21)
public class Operators implements ApplicationRunner {

    public static final String GROUP = "mamxanh.operators";
    static final String DEMO_OPERATOR = "vanhanh";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final List<String> configured;
    private final boolean demo;
    private final String demoPassword;

    public Operators(IdentityService identity, AuthorizationService authorizations,
                     @Value("${mamxanh.security.operators:}") List<String> configured,
                     @Value("${mamxanh.demo.enabled:false}") boolean demo,
                     @Value("${mamxanh.demo.password:}") String demoPassword) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.configured = configured;
        this.demo = demo;
        this.demoPassword = demoPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (identity.createGroupQuery().groupId(GROUP).count() == 0) {
            Group group = identity.newGroup(GROUP);
            group.setName("Vận hành hệ thống");
            group.setType("SYSTEM");
            identity.saveGroup(group);
        }
        grantOnce(Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grantOnce(Resources.PROCESS_INSTANCE, "*", Permissions.READ, Permissions.UPDATE);
        grantOnce(Resources.PROCESS_DEFINITION, "*", Permissions.READ, Permissions.READ_INSTANCE, Permissions.UPDATE_INSTANCE);
        if (demo && identity.createUserQuery().userId(DEMO_OPERATOR).count() == 0) {
            User operator = identity.newUser(DEMO_OPERATOR);
            operator.setFirstName("Vận hành");
            operator.setLastName("Hệ thống");
            operator.setPassword(demoPassword);
            identity.saveUser(operator);
        }
        List<String> members = demo ? java.util.stream.Stream.concat(configured.stream(), java.util.stream.Stream.of(DEMO_OPERATOR)).toList()
                : configured;
        for (String member : members) {
            boolean exists = identity.createUserQuery().userId(member).count() > 0;
            if (exists && identity.createUserQuery().userId(member).memberOfGroup(GROUP).count() == 0) {
                identity.createMembership(member, GROUP);
            }
        }
    }

    private void grantOnce(Resource resource, String resourceId, Permission... permissions) {
        boolean present = authorizations.createAuthorizationQuery().groupIdIn(GROUP).resourceType(resource)
                .resourceId(resourceId).count() > 0;
        if (!present) {
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
}
