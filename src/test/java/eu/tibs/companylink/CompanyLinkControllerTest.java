package eu.tibs.companylink;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;

import eu.tibs.casefile.BrokerageCaseService;
import eu.tibs.company.Company;
import eu.tibs.company.CompanyService;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

import static eu.tibs.companylink.CompanyLinksTest.NOW;
import static eu.tibs.companylink.CompanyLinksTest.SETTINGS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CompanyLinkControllerTest {
    private final CompanyLinks links = new CompanyLinks(SETTINGS, Clock.fixed(NOW, ZoneOffset.UTC));
    private final BrokerageCaseService cases = mock(BrokerageCaseService.class);
    private final CompanyService companies = mock(CompanyService.class);

    @Test
    void anExpiredLinkIsGone() {
        var later = Clock.fixed(NOW.plus(SETTINGS.validity()).plus(Duration.ofSeconds(1)), ZoneOffset.UTC);
        var controller = new CompanyLinkController(links, cases, companies, later);
        assertThatThrownBy(() -> controller.check(links.token(UUID.randomUUID(), UUID.randomUUID())))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.GONE));
    }

    @Test
    void aLinkOfAnErasedCompanyIsGone() {
        var companyId = UUID.randomUUID();
        var erased = mock(Company.class);
        when(erased.getErasedAt()).thenReturn(NOW);
        when(companies.find(companyId)).thenReturn(erased);
        var controller = new CompanyLinkController(links, cases, companies, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> controller.check(links.token(UUID.randomUUID(), companyId)))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.GONE));
    }

    @Test
    void aTokenThatIsNotGenuineFindsNothing() {
        var controller = new CompanyLinkController(links, cases, companies, Clock.fixed(NOW, ZoneOffset.UTC));
        assertThatThrownBy(() -> controller.check("forged.token"))
                .isInstanceOfSatisfying(ResponseStatusException.class,
                        e -> assertThat(e.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND));
    }
}
