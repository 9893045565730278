package vn.mamxanh.security.caseaccess;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.impl.AuthorizationQueryImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;

/**
 * Grants and revokes per-instance authorizations inside a running engine command. Camunda allows
 * one authorization row per (grantee, resource); rows made earlier in the same command are still
 * only in the engine's cache, so both the cache and the database are searched before adding one.
 */
final class EngineGrants {

    private EngineGrants() {
    }

    static void grantGroup(CommandContext context, String groupId, Resource resource, String resourceId, Permission permission) {
        grant(context, groupId, null, resource, resourceId, permission);
    }

    static void grantUser(CommandContext context, String userId, Resource resource, String resourceId, Permission permission) {
        grant(context, null, userId, resource, resourceId, permission);
    }

    private static void grant(CommandContext context, String groupId, String userId, Resource resource, String resourceId,
                              Permission permission) {
        AuthorizationEntity existing = find(context, groupId, userId, resource, resourceId);
        if (existing != null) {
            if (!existing.isPermissionGranted(permission)) {
                existing.addPermission(permission);
            }
            return;
        }
        AuthorizationEntity grant = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
        grant.setGroupId(groupId);
        grant.setUserId(userId);
        grant.setResource(resource);
        grant.setResourceId(resourceId);
        grant.addPermission(permission);
        context.getDbEntityManager().insert(grant);
    }

    /** Every grant on a resource, for deciding which of them a move makes stale. */
    static List<AuthorizationEntity> grantsOn(CommandContext context, Resource resource, String resourceId) {
        AuthorizationQueryImpl query = new AuthorizationQueryImpl();
        query.resourceType(resource).resourceId(resourceId).authorizationType(Authorization.AUTH_TYPE_GRANT);
        List<AuthorizationEntity> grants = new ArrayList<>(context.getAuthorizationManager().selectAuthorizationByQueryCriteria(query)
                .stream().map(AuthorizationEntity.class::cast).toList());
        for (AuthorizationEntity cached : context.getDbEntityManager().getCachedEntitiesByType(AuthorizationEntity.class)) {
            if (matches(cached, resource, resourceId) && grants.stream().noneMatch(g -> g.getId().equals(cached.getId()))) {
                grants.add(cached);
            }
        }
        return grants;
    }

    static void revoke(CommandContext context, AuthorizationEntity grant) {
        context.getDbEntityManager().delete(grant);
    }

    private static AuthorizationEntity find(CommandContext context, String groupId, String userId, Resource resource,
                                            String resourceId) {
        return grantsOn(context, resource, resourceId).stream()
                .filter(grant -> grant.getAuthorizationType() == Authorization.AUTH_TYPE_GRANT)
                .filter(grant -> Objects.equals(grant.getGroupId(), groupId) && Objects.equals(grant.getUserId(), userId))
                .findFirst().orElse(null);
    }

    private static boolean matches(AuthorizationEntity grant, Resource resource, String resourceId) {
        return grant.getResourceType() == resource.resourceType() && resourceId.equals(grant.getResourceId());
    }
}
