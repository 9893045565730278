package vn.mamxanh.security;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.mamxanh.web.ProblemResponses;

/**
 * Nothing is reachable without logging in. Machines (engine REST, the app API, metrics) use HTTP
 * Basic without a session; people use the Vietnamese login page and a session. Administrators are
 * kept away from case contents ({@link AdministratorBoundary}); which cases everyone else sees is
 * decided by the engine's authorizations ({@code caseaccess}).
 */
@Configuration
public class SecurityConfiguration {

    /** Tasklist, Cockpit and Admin log out through this address; it must end the one real session. */
    private static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/*/logout";

    @Bean
    @Order(1)
    SecurityFilterChain apiSecurity(HttpSecurity http, ProblemResponses problems, IdentityService identity) throws Exception {
        // Path matchers, not MVC ones: the engine REST API is served by its own servlet, not Spring MVC.
        http.securityMatcher(new OrRequestMatcher(path("/engine-rest/**"), path("/api/**"), path("/actuator/**")))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/actuator/health"), path("/actuator/health/**")).permitAll()
                        .requestMatchers(path("/actuator/**"), path("/api/admin/**")).hasAuthority(Groups.CAMUNDA_ADMIN)
                        .requestMatchers(AdministratorBoundary.administratorEngineRoutes()).authenticated()
                        .requestMatchers(AdministratorBoundary.caseRoutes()).access(AdministratorBoundary.notAdministrator())
                        .anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems::unauthorized))
                .exceptionHandling(errors -> errors
                        .authenticationEntryPoint(problems::unauthorized)
                        .accessDeniedHandler(problems::forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Basic credentials are sent deliberately on each call, so there is no ambient cookie to forge.
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class);
        return http.build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain pageSecurity(HttpSecurity http, IdentityService identity) throws Exception {
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers(path("/login"), path("/error"), path("/css/**"), path("/js/**"),
                                path("/images/**"), path("/favicon.ico")).permitAll()
                        // Camunda's own login would check passwords past the lockout; people log in at /login.
                        .requestMatchers(path("/camunda/api/admin/auth/user/*/login/**")).denyAll()
                        .requestMatchers(path("/admin/**")).hasAuthority(Groups.CAMUNDA_ADMIN)
                        .requestMatchers(AdministratorBoundary.administratorEngineRoutes()).authenticated()
                        .requestMatchers(AdministratorBoundary.caseRoutes()).access(AdministratorBoundary.notAdministrator())
                        .anyRequest().authenticated())
                .formLogin(form -> form
                        .loginPage("/login")
                        .defaultSuccessUrl("/", false)
                        .failureUrl("/login?error"))
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, "/logout"),
                                PathPatternRequestMatcher.withDefaults().matcher(HttpMethod.POST, WEBAPP_LOGOUT)))
                        .logoutSuccessHandler(SecurityConfiguration::loggedOut)
                        .deleteCookies("JSESSIONID", "XSRF-TOKEN")
                        .clearAuthentication(true)
                        .invalidateHttpSession(true))
                // The Camunda webapps carry their own CSRF protection (double-submit XSRF-TOKEN cookie).
                .csrf(csrf -> csrf.ignoringRequestMatchers(path("/camunda/**")))
                .sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()))
                .headers(headers -> headers
                        .frameOptions(frame -> frame.sameOrigin())
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        // The webapps send their own Content-Security-Policy; ours covers the app's pages.
                        .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(path("/camunda/**")),
                                new StaticHeadersWriter("Content-Security-Policy",
                                        "default-src 'self'; frame-ancestors 'self'; form-action 'self'; object-src 'none'")))
                        .addHeaderWriter(new StaticHeadersWriter("Permissions-Policy", "camera=(), microphone=(), geolocation=()")))
                .exceptionHandling(Customizer.withDefaults())
                .addFilterAfter(new EngineAuthenticationFilter(identity), AuthorizationFilter.class);
        return http.build();
    }

    /** Pages go back to the login page; the webapps' scripts only need to hear that it worked. */
    private static void loggedOut(HttpServletRequest request, HttpServletResponse response, Authentication who)
            throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/camunda/")) {
            response.setStatus(HttpServletResponse.SC_NO_CONTENT);
        } else {
            response.sendRedirect(request.getContextPath() + "/login?logout");
        }
    }

    private static RequestMatcher path(String pattern) {
        return PathPatternRequestMatcher.withDefaults().matcher(pattern);
    }
}
