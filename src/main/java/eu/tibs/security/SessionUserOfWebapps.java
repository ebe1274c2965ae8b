package eu.tibs.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationProvider;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Tells Camunda's webapps who logged in through TIBS's login page, with their groups, so Tasklist and Cockpit apply
 * the same authorizations as /engine-rest. Instantiated by Camunda's filter by class name, hence public.
 */
public class SessionUserOfWebapps implements AuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getDetails() instanceof Actor actor)) {
            return AuthenticationResult.unsuccessful();
        }
        var result = AuthenticationResult.successful(actor.userId());
        result.setGroups(actor.groups());
        return result;
    }

    /** The login page is TIBS's, not a browser dialog. */
    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
    }
}
