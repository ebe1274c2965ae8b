package eu.tibs.company;

import java.util.Set;
import java.util.UUID;

/** A line of the company list. */
record CompanySummary(UUID id, String legalName, String country, String regionCode, SizeClass sizeClass,
                      Set<String> naceCodes) {

    static CompanySummary of(Company c) {
        return new CompanySummary(c.getId(), c.getLegalName(), c.getCountry(), c.getRegionCode(), c.getSizeClass(),
                c.getNaceCodes());
    }
}
