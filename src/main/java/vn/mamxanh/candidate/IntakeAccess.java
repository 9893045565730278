package vn.mamxanh.candidate;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import vn.mamxanh.organisation.OrganisationRepository;
import vn.mamxanh.organisation.Role;
import vn.mamxanh.organisation.UnitKind;

/**
 * Mass-organisation representatives introduce candidates, which starts a case's process as them:
 * every representative group may start {@code candidate-admission}, and nothing more.
 */
@Component
@Order(20)
public class IntakeAccess implements ApplicationRunner {

    private final OrganisationRepository organisation;
    private final AuthorizationService authorizations;

    // The organisation first: its tables must be migrated before the engine creates its own.
    public IntakeAccess(OrganisationRepository organisation, AuthorizationService authorizations) {
        this.authorizations = authorizations;
        this.organisation = organisation;
    }

    @Override
    public void run(ApplicationArguments args) {
        organisation.findAllUnits().stream()
                .filter(unit -> unit.kind() == UnitKind.MASS_ORGANISATION)
                .map(unit -> Role.MASS_ORGANISATION_REPRESENTATIVE.groupIdIn(unit.id()))
                .forEach(group -> {
                    grantOnce(group, Resources.PROCESS_DEFINITION, AdmissionProcess.KEY, Permissions.CREATE_INSTANCE);
                    grantOnce(group, Resources.PROCESS_INSTANCE, "*", Permissions.CREATE);
                });
    }

    private void grantOnce(String groupId, Resource resource, String resourceId, Permission permission) {
        boolean present = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).hasPermission(permission).count() > 0;
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
