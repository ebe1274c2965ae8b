package eu.tibs.publicintake;

import java.net.URI;
import java.util.Map;

import eu.tibs.support.Companies;
import eu.tibs.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One client address gets its hourly allowance of public requests, then 429 with a Retry-After, however it spells
 * the path.
 */
@OnH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@TestPropertySource(properties = "tibs.public-intake.requests-per-hour=3")
class RateLimitIT {
    @Autowired
    TestRestTemplate anonymous;

    @Test
    void theFourthApplicationWithinAnHourIsRefused() {
        var encoded = URI.create("/api/%70ublic/applications");
        assertThat(anonymous.postForEntity(PublicIntakeScenarios.APPLY, Companies.podlaskieDairy(), Map.class)
                .getStatusCode().value()).isEqualTo(202);
        for (int i = 0; i < 2; i++) {
            assertThat(anonymous.postForEntity(encoded, Companies.podlaskieDairy(), Map.class)
                    .getStatusCode().value()).isEqualTo(202);
        }
        var refused = anonymous.postForEntity(encoded, Companies.podlaskieDairy(), Map.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(429);
        assertThat(refused.getHeaders().getFirst("Retry-After")).isEqualTo("3600");
        assertThat(refused.getBody()).containsEntry("title", "Too many requests");
    }
}
