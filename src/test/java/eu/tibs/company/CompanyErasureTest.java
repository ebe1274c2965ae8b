package eu.tibs.company;

import java.time.Instant;
import java.util.Set;

import eu.tibs.privacy.Anonymisation;
import eu.tibs.privacy.ErasedRegistryIds;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

class CompanyErasureTest {
    private static final Instant REGISTERED = Instant.parse("2026-02-01T08:00:00Z");
    private static final Instant ERASED = REGISTERED.plusSeconds(86_400);
    private static final ErasedRegistryIds REGISTRY_IDS = mock(ErasedRegistryIds.class);

    static {
        when(REGISTRY_IDS.of("PL", "PL1234567890")).thenReturn("ERASED-0123456789abcdef");
    }

    private static Company soleTraderWithContact() {
        var company = new Company(new CompanyFacts("Jan Kowalski Usługi", "PL1234567890", "PL", "PL-PODLASKIE",
                SizeClass.MICRO, OrganisationType.COMPANY, 2015, "https://kowalski.example", Set.of("10.51"),
                Set.of("pl")), REGISTERED);
        company.addContact("Jan Kowalski", "jan@kowalski.example", "+48 600 000 000", "Owner")
                .recordConsent(new Consent(ConsentPurpose.BROKERAGE, "2026-01", REGISTERED));
        return company;
    }

    @Test
    void erasureRemovesContactsAndNamesAndReturnsTheirConsents() {
        var company = soleTraderWithContact();
        var consents = company.erase(ERASED, REGISTRY_IDS);

        assertThat(consents).extracting(Consent::getPurpose, Consent::getTextVersion)
                .containsExactly(Tuple.tuple(ConsentPurpose.BROKERAGE, "2026-01"));
        assertThat(company.getContacts()).isEmpty();
        assertThat(company.getLegalName()).isEqualTo(Anonymisation.companyLabel(company.getId()));
        assertThat(company.getRegistryId()).isEqualTo("ERASED-0123456789abcdef");
        assertThat(company.getWebsite()).isNull();
        assertThat(company.getErasedAt()).isEqualTo(ERASED);
    }

    @Test
    void erasureKeepsWhatStatisticsCount() {
        var company = soleTraderWithContact();
        company.erase(ERASED, REGISTRY_IDS);
        assertThat(company.getRegionCode()).isEqualTo("PL-PODLASKIE");
        assertThat(company.getCountry()).isEqualTo("PL");
        assertThat(company.getSizeClass()).isEqualTo(SizeClass.MICRO);
        assertThat(company.getNaceCodes()).containsExactly("10.51");
        assertThat(company.getCreatedAt()).isEqualTo(REGISTERED);
    }

    @Test
    void erasingTwiceChangesNothingMore() {
        var company = soleTraderWithContact();
        company.erase(ERASED, REGISTRY_IDS);
        String registryId = company.getRegistryId();

        assertThat(company.erase(ERASED.plusSeconds(60), REGISTRY_IDS)).isEmpty();
        assertThat(company.getRegistryId()).isEqualTo(registryId);
        assertThat(company.getErasedAt()).isEqualTo(ERASED);
    }
}
