package eu.tibs.company;

import java.util.Set;

/** What a broker states about a company when registering or correcting it. */
public record CompanyFacts(String legalName, String registryId, String country, String regionCode,
                           SizeClass sizeClass, OrganisationType organisationType, int yearFounded,
                           String website, Set<String> naceCodes, Set<String> languages) {
}
