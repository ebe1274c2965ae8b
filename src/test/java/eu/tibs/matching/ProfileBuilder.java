package eu.tibs.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Builds match profiles for tests, with neutral defaults for everything a test does not name. */
final class ProfileBuilder {
    private final UUID id = UUID.randomUUID();
    private final String country;
    private String size = "SMALL";
    private Set<String> nace = Set.of();
    private Set<String> languages = Set.of("en");
    private Set<String> s3 = Set.of();
    private Set<String> cooperation = Set.of();
    private Set<String> targets = Set.of();
    private final Map<String, Side> needs = new HashMap<>();
    private final Map<String, Side> offers = new HashMap<>();

    private ProfileBuilder(String country) {
        this.country = country;
    }

    static ProfileBuilder in(String country) {
        return new ProfileBuilder(country);
    }

    ProfileBuilder needs(String component, String... keywords) {
        needs.put(component, new Side(List.of(keywords), ""));
        return this;
    }

    ProfileBuilder offers(String component, String... keywords) {
        offers.put(component, new Side(List.of(keywords), ""));
        return this;
    }

    ProfileBuilder size(String sizeClass) {
        size = sizeClass;
        return this;
    }

    ProfileBuilder nace(String... codes) {
        nace = Set.of(codes);
        return this;
    }

    ProfileBuilder languages(String... codes) {
        languages = Set.of(codes);
        return this;
    }

    ProfileBuilder s3(String... domains) {
        s3 = Set.of(domains);
        return this;
    }

    ProfileBuilder cooperation(String... types) {
        cooperation = Set.of(types);
        return this;
    }

    ProfileBuilder targets(String... countries) {
        targets = Set.of(countries);
        return this;
    }

    MatchProfile build() {
        return new MatchProfile(id, country, country + "-REGION", size, nace, languages, s3, Set.of(), cooperation,
                targets, needs, offers);
    }
}
