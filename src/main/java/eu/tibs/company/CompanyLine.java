package eu.tibs.company;

import java.util.Set;
import java.util.UUID;

/** A company as a long list shows it: read without its contacts, consents and languages. */
public record CompanyLine(UUID id, String legalName, String country, String regionCode, Set<String> naceCodes) {
}
