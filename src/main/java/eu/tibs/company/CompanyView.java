package eu.tibs.company;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A company as the API shows it. */
record CompanyView(UUID id, String legalName, String registryId, String country, String regionCode,
                   SizeClass sizeClass, OrganisationType organisationType, int yearFounded, String website,
                   Set<String> naceCodes, Set<String> languages, List<ContactView> contacts,
                   Instant createdAt, Instant updatedAt, long version) {

    record ContactView(UUID id, String fullName, String email, String phone, String jobTitle,
                       List<ConsentView> consents) {
    }

    record ConsentView(ConsentPurpose purpose, String textVersion, Instant givenAt) {
    }

    static CompanyView of(Company c) {
        return new CompanyView(c.getId(), c.getLegalName(), c.getRegistryId(), c.getCountry(), c.getRegionCode(),
                c.getSizeClass(), c.getOrganisationType(), c.getYearFounded(), c.getWebsite(), c.getNaceCodes(),
                c.getLanguages(), c.getContacts().stream().map(CompanyView::contact).toList(),
                c.getCreatedAt(), c.getUpdatedAt(), c.getVersion());
    }

    private static ContactView contact(ContactPerson p) {
        return new ContactView(p.getId(), p.getFullName(), p.getEmail(), p.getPhone(), p.getJobTitle(),
                p.getConsents().stream()
                        .map(consent -> new ConsentView(consent.getPurpose(), consent.getTextVersion(),
                                consent.getGivenAt()))
                        .toList());
    }
}
