package vn.mamxanh.security;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

/**
 * Administrators manage units, users, groups and authorizations, but must not read case contents
 * (DOMAIN.md §4). They stay in {@code camunda-admin} so Camunda Admin works, which makes the engine
 * skip its authorization checks for them; so every route that shows case data is closed to them
 * here, before the engine is reached. Their engine access is an allow-list of identity management
 * and read-only configuration (deployments, definitions).
 */
final class AdministratorBoundary {

    private static final String[] IDENTITY_RESOURCES = {"user", "group", "authorization", "tenant", "identity"};
    private static final String[] CONFIGURATION_RESOURCES = {"deployment", "process-definition", "decision-definition",
            "decision-requirements-definition"};

    private AdministratorBoundary() {
    }

    /** Engine routes an administrator may use, under the engine REST API or Camunda Admin's copy of it. */
    static RequestMatcher administratorEngineRoutes() {
        List<RequestMatcher> allowed = new ArrayList<>();
        for (String base : new String[] {"/engine-rest", "/camunda/api/engine/engine/*"}) {
            for (String resource : IDENTITY_RESOURCES) {
                allowed.add(path(null, base + "/" + resource));
                allowed.add(path(null, base + "/" + resource + "/**"));
            }
            for (String resource : CONFIGURATION_RESOURCES) {
                allowed.add(path(HttpMethod.GET, base + "/" + resource));
                allowed.add(path(HttpMethod.GET, base + "/" + resource + "/**"));
            }
        }
        allowed.add(path(HttpMethod.GET, "/engine-rest/engine"));
        allowed.add(path(HttpMethod.GET, "/engine-rest/version"));
        allowed.add(path(HttpMethod.GET, "/camunda/api/engine/engine"));
        allowed.add(path(HttpMethod.GET, "/camunda/api/engine/engine/"));
        return new OrRequestMatcher(allowed);
    }

    /** Routes that show or change cases: the engine, Cockpit, Tasklist and the app's case API. */
    static RequestMatcher caseRoutes() {
        return new OrRequestMatcher(path(null, "/engine-rest/**"), path(null, "/camunda/api/engine/**"),
                path(null, "/camunda/api/cockpit/**"), path(null, "/camunda/api/tasklist/**"),
                path(null, "/camunda/app/cockpit/**"), path(null, "/camunda/app/tasklist/**"),
                path(null, "/api/cases"), path(null, "/api/cases/**"));
    }

    /** A logged-in person who is not an administrator. */
    static AuthorizationManager<RequestAuthorizationContext> notAdministrator() {
        return (Supplier<Authentication> authentication, RequestAuthorizationContext context) -> {
            Authentication who = authentication.get();
            boolean person = who != null && who.isAuthenticated() && !(who instanceof AnonymousAuthenticationToken);
            return new AuthorizationDecision(person && !isAdministrator(who));
        };
    }

    static boolean isAdministrator(Authentication who) {
        return who.getAuthorities().stream().anyMatch(authority -> Groups.CAMUNDA_ADMIN.equals(authority.getAuthority()));
    }

    private static RequestMatcher path(HttpMethod method, String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(method, pattern);
    }
}
