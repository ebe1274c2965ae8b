package eu.tibs.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks user names and passwords against Camunda's identity service, where users, groups and hashed passwords
 * live, so that our API, /engine-rest and the webapps know the same people. An address that sent too many wrong
 * passwords is refused before any password is checked ({@link LoginThrottle}).
 */
@Component
class IdentityServiceAuthentication implements AuthenticationProvider {
    private final IdentityService identity;
    private final LoginThrottle throttle;

    IdentityServiceAuthentication(IdentityService identity, LoginThrottle throttle) {
        this.identity = identity;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication request) {
        String address = request.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
        if (address != null && throttle.refuses(address)) {
            throw new LoginThrottled(throttle.window());
        }
        String userId = request.getName();
        Object password = request.getCredentials();
        if (userId == null || !(password instanceof String text) || !identity.checkPassword(userId, text)) {
            if (address != null) {
                throttle.failed(address);
            }
            throw new BadCredentialsException("Unknown user or wrong password");
        }
        List<String> groups = identity.createGroupQuery().groupMember(userId).list().stream().map(Group::getId).toList();
        var actor = new Actor(userId, groups);
        var authorities = actor.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        var authenticated = new UsernamePasswordAuthenticationToken(userId, null, authorities);
        authenticated.setDetails(actor);
        return authenticated;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
