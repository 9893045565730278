package vn.mamxanh.organisation;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/**
 * Keeps the Camunda identity service a mirror of the organisation tables: a user per person,
 * a group per (unit, role), so task routing and Tasklist follow the org chart.
 */
@Component
public class IdentitySync {

    /** Everyone who may log in; it carries the access to Tasklist. */
    public static final String ALL_USERS_GROUP = "mamxanh.users";

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final OrganisationRepository organisation;

    public IdentitySync(IdentityService identity, AuthorizationService authorizations, OrganisationRepository organisation) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.organisation = organisation;
    }

    public void createUser(Person person, String password) {
        User user = identity.newUser(person.id());
        String[] names = splitName(person.fullName());
        user.setFirstName(names[0]);
        user.setLastName(names[1]);
        user.setEmail(person.email());
        user.setPassword(password);
        identity.saveUser(user);
        ensureGroup(ALL_USERS_GROUP, "Người dùng Mầm Xanh", "SYSTEM");
        identity.createMembership(person.id(), ALL_USERS_GROUP);
    }

    public void grantRole(RoleAssignment assignment) {
        Unit unit = organisation.findUnit(assignment.unitId()).orElseThrow();
        String groupId = assignment.groupId();
        ensureGroup(groupId, groupName(assignment.role(), unit), "UNIT_ROLE");
        identity.createMembership(assignment.personId(), groupId);
        if (assignment.role() == Role.ADMINISTRATOR) {
            ensureGroup(Groups.CAMUNDA_ADMIN, "Quản trị hệ thống", Groups.GROUP_TYPE_SYSTEM);
            identity.createMembership(assignment.personId(), Groups.CAMUNDA_ADMIN);
        }
    }

    /** Takes a role away: the person leaves the (unit, role) group, and tasks of that group with it. */
    public void revokeRole(RoleAssignment assignment) {
        identity.deleteMembership(assignment.personId(), assignment.groupId());
        boolean stillAdministrator = organisation.findRoleAssignmentsOf(assignment.personId()).stream()
                .anyMatch(other -> other.role() == Role.ADMINISTRATOR && !other.equals(assignment));
        if (assignment.role() == Role.ADMINISTRATOR && !stillAdministrator) {
            identity.deleteMembership(assignment.personId(), Groups.CAMUNDA_ADMIN);
        }
    }

    /** Keeps the Camunda user's name in step with the person's record. */
    public void updateName(Person person) {
        User user = identity.createUserQuery().userId(person.id()).singleResult();
        if (user == null) {
            return;
        }
        String[] names = splitName(person.fullName());
        user.setFirstName(names[0]);
        user.setLastName(names[1]);
        user.setEmail(person.email());
        identity.saveUser(user);
    }

    /** Baseline access every logged-in person needs to open Tasklist and see the models. */
    public void grantBaselineAccess() {
        ensureGroup(ALL_USERS_GROUP, "Người dùng Mầm Xanh", "SYSTEM");
        grantOnce(ALL_USERS_GROUP, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grantOnce(ALL_USERS_GROUP, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
        grantOnce(ALL_USERS_GROUP, Resources.DECISION_DEFINITION, "*", Permissions.READ);
        grantOnce(ALL_USERS_GROUP, Resources.FILTER, "*", Permissions.READ);
    }

    private void grantOnce(String groupId, Resource resource, String resourceId, Permission permission) {
        boolean present = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).hasPermission(permission).count() > 0;
        if (present) {
            return;
        }
        Authorization grant = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(groupId);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(permission);
        authorizations.saveAuthorization(grant);
    }

    private void ensureGroup(String id, String name, String type) {
        if (identity.createGroupQuery().groupId(id).count() > 0) {
            return;
        }
        Group group = identity.newGroup(id);
        group.setName(name);
        group.setType(type);
        identity.saveGroup(group);
    }

    public static String groupName(Role role, Unit unit) {
        String title = switch (role) {
            case SECRETARY -> "Bí thư";
            case BRANCH_COMMITTEE -> "Chi ủy";
            case GRASSROOTS_COMMITTEE -> "Đảng ủy viên";
            case POLITICAL_CENTRE_STAFF -> "Cán bộ";
            case ORGANISATION_BOARD_MEMBER, STANDING_COMMITTEE_MEMBER -> "Ủy viên";
            case AUDITOR -> "Kiểm tra viên";
            case MASS_ORGANISATION_REPRESENTATIVE -> "Đại diện";
            case ADMINISTRATOR -> "Quản trị";
            case PROVINCE_COMMITTEE -> "Ủy viên Ban Thường vụ";
        };
        return title + " - " + unit.name();
    }

    private static String[] splitName(String fullName) {
        int lastSpace = fullName.lastIndexOf(' ');
        if (lastSpace < 0) {
            return new String[] {fullName, ""};
        }
        // Vietnamese names put the given name last; Camunda shows "first last".
        return new String[] {fullName.substring(0, lastSpace), fullName.substring(lastSpace + 1)};
    }

    List<String> groupsOf(String personId) {
        return identity.createGroupQuery().groupMember(personId).list().stream().map(Group::getId).toList();
    }
}
