package eu.tibs.security;

import java.util.EnumSet;
import java.util.Map;

import eu.tibs.web.ProblemResponses;
import jakarta.servlet.DispatcherType;
import org.camunda.bpm.engine.rest.security.auth.ProcessEngineAuthenticationFilter;
import org.camunda.bpm.webapp.impl.security.auth.ContainerBasedAuthenticationFilter;
import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.logout.HttpStatusReturningLogoutSuccessHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static eu.tibs.security.SecurityConfig.paths;

/**
 * What people use in a browser: the workspace pages and Camunda's webapps, behind one form login with a session.
 * Camunda's webapps take the user from that session (container-based authentication) instead of asking again, and
 * keep their own CSRF token for their API; the workspace's forms carry Spring Security's. Logging out of either
 * ends the one session, and so both. Our API and /engine-rest stay stateless HTTP Basic ({@link SecurityConfig}).
 */
@Configuration
class BrowserSecurityConfig {
    static final String LOGIN_PAGE = "/login";
    static final String WEBAPPS = "/camunda";

    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();
    /**
     * Camunda's logout call. Its CSRF filter runs after ours, so the header its scripts send stands in for the token:
     * another site's form cannot set a header.
     */
    private static final RequestMatcher WEBAPPS_LOGOUT = new AndRequestMatcher(
            PATHS.matcher(HttpMethod.POST, WEBAPPS + "/api/admin/auth/user/*/logout"),
            new RequestHeaderRequestMatcher("X-XSRF-TOKEN"));

    /** Before the API's chain, which matches every other request. */
    @Bean
    @Order(1)
    SecurityFilterChain browser(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(paths("/", "/favicon.ico", LOGIN_PAGE, "/logout", "/workspace", "/workspace/**",
                        "/webjars/**", "/camunda", "/camunda/**", "/camunda-welcome"))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths(LOGIN_PAGE, "/webjars/**", "/workspace/assets/**", "/favicon.ico")).permitAll()
                        // The webapps' own login would check passwords past the login page and its throttle.
                        .requestMatchers(PATHS.matcher(HttpMethod.POST, WEBAPPS + "/api/admin/auth/user/*/login/**"))
                        .denyAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl("/workspace")
                        .failureHandler(new LoginFailurePage()))
                // The workspace's logout, and the webapps' own logout button: either ends the one session.
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(PATHS.matcher(HttpMethod.POST, "/logout"),
                                WEBAPPS_LOGOUT))
                        .logoutSuccessUrl(LOGIN_PAGE + "?logout")
                        .defaultLogoutSuccessHandlerFor(new HttpStatusReturningLogoutSuccessHandler(), WEBAPPS_LOGOUT))
                // Camunda's webapps check their own CSRF token (header X-XSRF-TOKEN) on every API call.
                .csrf(csrf -> csrf.ignoringRequestMatchers(paths(WEBAPPS + "/**")))
                // The webapps' scripts want a 401 they understand, not the login page's HTML (and no Basic dialog).
                .exceptionHandling(errors -> errors.defaultAuthenticationEntryPointFor(
                        (request, response, e) -> ProblemResponses.write(response, HttpStatus.UNAUTHORIZED,
                                "Unauthorized", "Log in at " + LOGIN_PAGE + "."),
                        paths(WEBAPPS + "/api/**")))
                .build();
    }

    /** Hands the webapps the user of the session, right after Spring Security has restored it. */
    @Bean
    FilterRegistrationBean<ContainerBasedAuthenticationFilter> webappsTakeTheSessionUser() {
        var registration = new FilterRegistrationBean<>(new ContainerBasedAuthenticationFilter());
        registration.setInitParameters(Map.of(ProcessEngineAuthenticationFilter.AUTHENTICATION_PROVIDER_PARAM,
                SessionUserOfWebapps.class.getName()));
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER + 1);
        registration.addUrlPatterns(WEBAPPS + "/app/*", WEBAPPS + "/api/*");
        registration.setDispatcherTypes(EnumSet.of(DispatcherType.REQUEST));
        return registration;
    }
}
