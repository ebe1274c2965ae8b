package eu.tibs.demo;

import java.util.Arrays;
import java.util.stream.Stream;

import eu.tibs.TibsApplication;
import eu.tibs.support.OnPostgres;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** TIBS for real (the postgres profile) refuses to start with the demo's known credentials. */
class DemoCredentialsRefusedIT {

    @Test
    void startsWithOnlyItsFirstAdministratorAndRefusesOnceADemoPasswordExists() {
        try (var app = start("postgres")) {
            assertThat(app.getBean(IdentityService.class).createUserQuery().list())
                    .extracting(User::getId).containsExactly(OnPostgres.Connection.FIRST_ADMIN);
            var identity = app.getBean(IdentityService.class);
            var user = identity.newUser("anna.kowalska");
            user.setPassword(DemoData.DEMO_PASSWORD);
            identity.saveUser(user);
        }
        assertThatThrownBy(() -> start("postgres").close())
                .hasMessage("User anna.kowalska still has the demo password; change it (or delete the user)"
                        + " before running TIBS on the postgres profile");
    }

    @Test
    void refusesTheDemoProfileBesideThePostgresProfile() {
        assertThatThrownBy(() -> start("postgres", "default").close())
                .hasMessage("The demo (default) profile must not run with the postgres profile");
    }

    private static ConfigurableApplicationContext start(String... profiles) {
        var arguments = Stream.concat(Stream.of("server.port=0"), Arrays.stream(OnPostgres.Connection.settings()))
                .map(setting -> "--" + setting).toArray(String[]::new);
        return new SpringApplicationBuilder(TibsApplication.class).profiles(profiles).run(arguments);
    }
}
