package eu.tibs.demo;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Profile;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;

/**
 * Refuses to run TIBS for real with the demo's known credentials: on the postgres profile neither the demo profile
 * nor any demo user with the demo password may exist.
 */
@Component
@Profile("postgres")
class DemoCredentialsGuard {
    private final IdentityService identity;
    private final Environment environment;

    DemoCredentialsGuard(IdentityService identity, Environment environment) {
        this.identity = identity;
        this.environment = environment;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(Integer.MIN_VALUE)
    public void refuseDemoCredentials() {
        if (environment.acceptsProfiles(Profiles.of("default"))) {
            throw new IllegalStateException("The demo (default) profile must not run with the postgres profile");
        }
        for (DemoUser user : DemoData.USERS) {
            if (identity.checkPassword(user.id(), DemoData.DEMO_PASSWORD)) {
                throw new IllegalStateException("User " + user.id() + " still has the demo password; change it"
                        + " (or delete the user) before running TIBS on the postgres profile");
            }
        }
    }
}
