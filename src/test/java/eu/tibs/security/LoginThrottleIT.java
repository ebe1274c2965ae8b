package eu.tibs.security;

import eu.tibs.support.OnH2;
import eu.tibs.support.TasklistSession;
import eu.tibs.support.TestUsers;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.test.context.TestPropertySource;
import org.springframework.util.LinkedMultiValueMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Wrong passwords slow down the address that sends them, through /engine-rest, our API and the login page alike,
 * and never lock the user they name: the user still logs in from anywhere else.
 */
@OnH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "tibs.security.login-throttle.max-failures=4")
class LoginThrottleIT {
    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    IdentityService identity;

    @Test
    void anAddressGuessingPasswordsIsRefusedWhileTheUserIsNotLockedOut() {
        TestUsers.ensureAll(identity);
        String user = TestUsers.PL_BROKER.id();
        var guesser = anonymous.withBasicAuth(user, "guess");
        assertThat(guesser.getForEntity("/engine-rest/task", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(guesser.getForEntity("/api/cases", String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(pageLogin(user, "guess")).isEqualTo("/login?error");
        assertThat(pageLogin(user, "guess again")).isEqualTo("/login?error");

        var refused = guesser.getForEntity("/api/cases", String.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)).isEqualTo("900");
        assertThat(pageLogin(user, TestUsers.PASSWORD)).isEqualTo("/login?throttled");
        assertThat(TestUsers.PL_BROKER.client(anonymous).getForEntity("/api/cases", String.class)
                .getStatusCode().value()).isEqualTo(429);

        assertThat(identity.checkPassword(user, TestUsers.PASSWORD))
                .as("the user, logging in from another address, is neither locked nor delayed").isTrue();
    }

    @Test
    void theWebappsOwnLoginChecksNoPassword() {
        TestUsers.ensureAll(identity);
        var form = new LinkedMultiValueMap<String, String>();
        form.add("username", TestUsers.PL_BROKER.id());
        form.add("password", TestUsers.PASSWORD);
        assertThat(anonymous.postForEntity("/camunda/api/admin/auth/user/default/login/tasklist", form, String.class)
                .getStatusCode().value()).as("only the login page, behind its throttle, checks passwords").isEqualTo(401);
    }

    private String pageLogin(String user, String password) {
        return TasklistSession.logInOutcome(anonymous, user, password);
    }
}
