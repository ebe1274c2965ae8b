package eu.tibs.matching;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * What matching knows about one company: where it is, what it does, and its needs and offers keyed by
 * value-chain component code (INBOUND-LOGISTICS ... PROCUREMENT).
 */
public record MatchProfile(
        UUID companyId,
        String country,
        String regionCode,
        String sizeClass,
        Set<String> naceCodes,
        Set<String> languages,
        Set<String> s3Domains,
        Set<String> regionS3Domains,
        Set<String> cooperationTypes,
        Set<String> targetCountries,
        Map<String, Side> needs,
        Map<String, Side> offers) {

    public MatchProfile {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(country, "country");
        naceCodes = copy(naceCodes);
        languages = copy(languages);
        s3Domains = copy(s3Domains);
        regionS3Domains = copy(regionS3Domains);
        cooperationTypes = copy(cooperationTypes);
        targetCountries = copy(targetCountries);
        needs = needs == null ? Map.of() : Map.copyOf(needs);
        offers = offers == null ? Map.of() : Map.copyOf(offers);
    }

    private static Set<String> copy(Set<String> codes) {
        return codes == null ? Set.of() : Set.copyOf(codes);
    }
}
