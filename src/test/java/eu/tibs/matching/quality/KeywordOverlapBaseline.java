package eu.tibs.matching.quality;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import eu.tibs.matching.MatchProfile;
import eu.tibs.matching.Side;

/**
 * What a keyword database does: ranks companies in other countries by how many of the company's need
 * keywords they list among their offer keywords, compared as raw strings (case aside): no stemming, no
 * synonyms, no look at whether the company meets their needs too.
 */
final class KeywordOverlapBaseline {
    private final Map<String, List<MatchProfile>> offeredBy;

    KeywordOverlapBaseline(List<MatchProfile> profiles) {
        var offeredBy = new HashMap<String, List<MatchProfile>>();
        for (var profile : profiles) {
            keywords(profile.offers()).forEach(keyword ->
                    offeredBy.computeIfAbsent(keyword, key -> new ArrayList<>()).add(profile));
        }
        this.offeredBy = offeredBy;
    }

    private static Set<String> keywords(Map<String, Side> sides) {
        return sides.values().stream().flatMap(side -> side.keywords().stream())
                .map(keyword -> keyword.strip().toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    }

    List<UUID> rank(MatchProfile company, int limit) {
        var shared = new HashMap<MatchProfile, Integer>();
        for (var keyword : keywords(company.needs())) {
            for (var candidate : offeredBy.getOrDefault(keyword, List.of())) {
                if (!candidate.country().equals(company.country())) {
                    shared.merge(candidate, 1, Integer::sum);
                }
            }
        }
        return shared.entrySet().stream()
                .sorted(Map.Entry.<MatchProfile, Integer>comparingByValue().reversed()
                        .thenComparing(entry -> entry.getKey().companyId(), Comparator.naturalOrder()))
                .limit(limit)
                .map(entry -> entry.getKey().companyId())
                .toList();
    }
}
