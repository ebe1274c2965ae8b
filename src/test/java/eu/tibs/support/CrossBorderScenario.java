package eu.tibs.support;

import java.util.Map;

import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;

/** A scenario through our API worked by a Podlaskie home broker and a Hamburg counterpart broker. */
public abstract class CrossBorderScenario {
    @Autowired
    protected TestRestTemplate anonymous;
    @Autowired
    protected IdentityService identity;
    protected TestRestTemplate podlaskie;
    protected TestRestTemplate hamburg;

    @BeforeEach
    void logInBothBrokers() {
        TestUsers.ensureAll(identity);
        podlaskie = TestUsers.PL_BROKER.client(anonymous);
        hamburg = TestUsers.DE_BROKER.client(anonymous);
    }

    /** Registers a company through the API as this broker; its id. */
    public static String register(TestRestTemplate broker, Map<String, Object> company) {
        return (String) broker.postForEntity("/api/companies", company, Map.class).getBody().get("id");
    }

    /** Opens a case for a Podlaskie company; its id. */
    protected String openCase(String company) {
        return (String) podlaskie.postForEntity("/api/companies/" + company + "/cases", null, Map.class)
                .getBody().get("id");
    }
}
