package eu.tibs.security;

import java.io.IOException;

import eu.tibs.web.MatchedPath;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Hands the user Spring Security authenticated to the process engine for one /engine-rest request, so that Camunda's
 * authorizations decide which tasks, instances, variables and history the caller sees.
 */
class EngineRestAuthentication extends OncePerRequestFilter {
    private final IdentityService identity;

    EngineRestAuthentication(IdentityService identity) {
        this.identity = identity;
    }

    /**
     * Our own API applies its region rule itself and calls the engine as the system. The decoded path decides, as it
     * does for the servlet: {@code /engine%2Drest/task} is served by /engine-rest and must not run as the system.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !MatchedPath.of(request).startsWith("/engine-rest/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getDetails() instanceof Actor actor)) {
            chain.doFilter(request, response);
            return;
        }
        identity.setAuthentication(actor.userId(), actor.groups());
        try {
            chain.doFilter(request, response);
        } finally {
            identity.clearAuthentication();
        }
    }
}
