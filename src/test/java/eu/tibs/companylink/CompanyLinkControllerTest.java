package eu.tibs.companylink;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;

import eu.tibs.casefile.BrokerageCaseService;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static eu.tibs.companylink.CompanyLinksTest.NOW;
import static eu.tibs.companylink.CompanyLinksTest.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;

class CompanyLinkControllerTest {
    private final CompanyLinks links = new CompanyLinks(SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));
    private final BrokerageCaseService cases = mock(BrokerageCaseService.class);

    @Test
    void anExpiredLinkIsGone() {
        var later = Clock.fixed(NOW.plus(SETTINGS.validity()).plus(Duration.ofSeconds(1)), ZoneOffset.UTC);
        var controller = new CompanyLinkController(links, cases, later);
        assertThatThrownBy(() -> controller.check(links.token(UUID.randomUUID(), UUID.randomUUID())))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.GONE));
    }

    @Test
    void aTokenThatIsNotGenuineFindsNothing() {
        var controller = new CompanyLinkController(links, cases, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> controller.check("forged.token"))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
    }
}
