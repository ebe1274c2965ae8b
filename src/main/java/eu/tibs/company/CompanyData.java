package eu.tibs.company;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.tibs.company.CompanyView.ConsentView;
import eu.tibs.privacy.CompanyDataContributor;
import eu.tibs.privacy.ErasedRegistryIds;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The company's part of its data export and erasure: master data, contact people and their consents. */
@Component
@Transactional
class CompanyData implements CompanyDataContributor {
    private final CompanyRepository companies;
    private final ErasedConsentRepository erasedConsents;
    private final ErasedRegistryIds registryIds;
    private final Clock clock;

    CompanyData(CompanyRepository companies, ErasedConsentRepository erasedConsents, ErasedRegistryIds registryIds,
                Clock clock) {
        this.registryIds = registryIds;
        this.companies = companies;
        this.erasedConsents = erasedConsents;
        this.clock = clock;
    }

    /** The company as the API shows it, and after an erasure the consents that were given, without the people. */
    record Export(CompanyView company, Instant erasedAt, List<ConsentView> erasedConsents) {
    }

    @Override
    public String section() {
        return "company";
    }

    @Override
    public Export export(UUID companyId) {
        return companies.findById(companyId).map(company -> new Export(CompanyView.of(company), company.getErasedAt(),
                erasedConsents.findByCompanyIdOrderByGivenAt(companyId).stream()
                        .map(c -> new ConsentView(c.getPurpose(), c.getTextVersion(), c.getGivenAt()))
                        .toList()))
                .orElse(null);
    }

    @Override
    public void erase(UUID companyId) {
        companies.findById(companyId).ifPresent(company -> {
            Instant now = clock.instant();
            company.erase(now, registryIds).forEach(consent -> erasedConsents.save(new ErasedConsent(companyId, consent, now)));
            companies.flush();
        });
    }
}
