package vn.mamxanh.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.RoleAssignment;
import vn.mamxanh.organisation.RoleGranted;

/**
 * Access that comes with a role rather than with a case: administrators manage identities and
 * authorizations (and nothing about cases: no grant on instances, tasks or history), auditors read
 * history in Cockpit, and everyone finds the ready-made Tasklist filters. Checked at every start (after the demo
 * organisation is loaded) and whenever a role is given.
 */
@Component
@Order(20)
public class AccessBaseline implements ApplicationRunner {

    private final OrganisationRepository organisation;
    private final AuthorizationService authorizations;
    private final FilterService filters;
    private final TaskService tasks;

    public AccessBaseline(OrganisationRepository organisation, AuthorizationService authorizations,
                          FilterService filters, TaskService tasks) {
        this.organisation = organisation;
        this.authorizations = authorizations;
        this.filters = filters;
        this.tasks = tasks;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (Resources identityResource : new Resources[] {Resources.USER, Resources.GROUP, Resources.GROUP_MEMBERSHIP,
                Resources.AUTHORIZATION, Resources.TENANT, Resources.TENANT_MEMBERSHIP}) {
            grantOnce(Groups.CAMUNDA_ADMIN, identityResource, "*", Permissions.ALL);
        }
        grantOnce(Groups.CAMUNDA_ADMIN, Resources.APPLICATION, "admin", Permissions.ACCESS);
        grantOnce(Groups.CAMUNDA_ADMIN, Resources.DEPLOYMENT, "*", Permissions.READ);
        organisation.findAllRoleAssignments().forEach(this::grantApplications);
        TasklistFilters.ensure(filters, tasks);
    }

    @EventListener
    public void roleGranted(RoleGranted granted) {
        grantApplications(granted.assignment());
    }

    private void grantApplications(RoleAssignment assignment) {
        if (assignment.role() != Role.AUDITOR) {
            return;
        }
        grantOnce(assignment.groupId(), Resources.APPLICATION, "cockpit", Permissions.ACCESS);
    }

    private void grantOnce(String groupId, Resource resource, String resourceId, Permission permission) {
        boolean present = authorizations.createAuthorizationQuery().groupIdIn(groupId)
                .resourceType(resource).resourceId(resourceId).count() > 0;
        if (!present) {
            Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            grant.setGroupId(groupId);
            grant.setResource(resource);
            grant.setResourceId(resourceId);
            grant.addPermission(permission);
            authorizations.saveAuthorization(grant);
        }
    }
}
