package eu.tibs.support;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** Users of each role for integration tests, created on any profile (the postgres profile has no demo users). */
public enum TestUsers {
    PL_BROKER("it.pl.broker", "broker-pl-podlaskie"),
    DE_BROKER("it.de.broker", "broker-de-hamburg"),
    LT_BROKER("it.lt.broker", "broker-lt-kaunas"),
    COORDINATOR("it.coordinator", "coordinators"),
    PROJECT_LEAD("it.lead", "project-leads"),
    ADMIN("it.admin", "camunda-admin");

    public static final String PASSWORD = "it-Secret-1";

    private final String id;
    private final String group;

    TestUsers(String id, String group) {
        this.id = id;
        this.group = group;
    }

    public String id() {
        return id;
    }

    /** Creates the user unless it exists; the groups are created by TIBS at start-up. */
    public TestUsers ensureIn(IdentityService identity) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            var user = identity.newUser(id);
            user.setFirstName(name());
            user.setLastName("Test");
            user.setEmail(id + "@tibs.example");
            user.setPassword(PASSWORD);
            identity.saveUser(user);
            identity.createMembership(id, group);
        }
        return this;
    }

    public TestRestTemplate client(TestRestTemplate http) {
        return http.withBasicAuth(id, PASSWORD);
    }

    public static void ensureAll(IdentityService identity) {
        List.of(values()).forEach(user -> user.ensureIn(identity));
    }
}
