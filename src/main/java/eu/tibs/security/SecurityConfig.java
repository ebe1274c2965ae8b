package eu.tibs.security;

import java.util.Arrays;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static eu.tibs.security.Actor.ROLE_ADMIN;
import static eu.tibs.security.Actor.ROLE_BROKER;
import static eu.tibs.security.Actor.ROLE_COORDINATOR;

/**
 * Every door of TIBS. Our API and /engine-rest take HTTP Basic credentials of Camunda users and keep no session, so
 * there is no cookie to forge requests with. Pages and Camunda's webapps share one session login
 * ({@link BrowserSecurityConfig}). Only health, the public intake and company links answer without a login.
 */
@Configuration
class SecurityConfig {
    static final String[] PUBLIC_PATHS = {"/actuator/health", "/actuator/health/**", "/public/**",
            "/api/public/**", "/api/company-links/**", "/error"};

    /** Matches the whole path, so that servlets other than Spring MVC's (Camunda's REST APIs) are matched too. */
    private static final PathPatternRequestMatcher.Builder PATHS = PathPatternRequestMatcher.withDefaults();

    static RequestMatcher paths(String... patterns) {
        return new OrRequestMatcher(Arrays.stream(patterns).map(PATHS::matcher).toArray(RequestMatcher[]::new));
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, IdentityService identity) throws Exception {
        return http
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(paths(PUBLIC_PATHS)).permitAll()
                        // The code lists fill the public application form; they hold nothing about anyone.
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/reference/**")).permitAll()
                        .requestMatchers(paths("/engine-rest/**")).authenticated()
                        .requestMatchers(paths("/api/audit/**", "/api/notifications/**"))
                        .hasAnyRole(ROLE_COORDINATOR, ROLE_ADMIN)
                        .requestMatchers(PATHS.matcher(HttpMethod.GET, "/api/**")).authenticated()
                        .requestMatchers(paths("/api/**")).hasAnyRole(ROLE_BROKER, ROLE_COORDINATOR, ROLE_ADMIN)
                        .requestMatchers(paths("/v3/api-docs/**", "/swagger-ui/**", "/swagger-ui.html")).authenticated()
                        .anyRequest().denyAll())
                // A refused login answers like any other error, and 429 for an address throttled after wrong passwords.
                .httpBasic(basic -> basic.authenticationEntryPoint(new ProblemEntryPoint()))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                // Stateless: every request carries its credentials and no cookie authenticates anything.
                .csrf(csrf -> csrf.disable())
                .addFilterAfter(new EngineRestAuthentication(identity), BasicAuthenticationFilter.class)
                .exceptionHandling(errors -> errors.authenticationEntryPoint(new ProblemEntryPoint())
                        .accessDeniedHandler(new ProblemEntryPoint()))
                .build();
    }
}
