package eu.tibs.matching;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A profile with its needs and offers analysed into terms, ready to be scored against others. */
final class AnalyzedProfile {
    final MatchProfile profile;
    final List<AnalyzedSide> needs;
    final List<AnalyzedSide> offers;
    /** All terms of the needs, sorted. */
    final int[] needTerms;
    /** All terms of the offers, sorted. */
    final int[] offerTerms;
    final NaceCodes nace;

    private AnalyzedProfile(MatchProfile profile, List<AnalyzedSide> needs, List<AnalyzedSide> offers) {
        this.profile = profile;
        this.needs = needs;
        this.offers = offers;
        this.needTerms = union(needs);
        this.offerTerms = union(offers);
        this.nace = NaceCodes.of(profile.naceCodes());
    }

    static AnalyzedProfile of(MatchProfile profile, MatchingAnalyzer analyzer, TermDictionary dictionary) {
        return new AnalyzedProfile(profile,
                sides(profile.needs(), analyzer, dictionary), sides(profile.offers(), analyzer, dictionary));
    }

    private static List<AnalyzedSide> sides(Map<String, Side> sides, MatchingAnalyzer analyzer, TermDictionary dictionary) {
        return sides.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(side -> AnalyzedSide.of(side.getKey(), side.getValue(), analyzer, dictionary))
                .filter(side -> side.terms.length > 0)
                .toList();
    }

    private static int[] union(List<AnalyzedSide> sides) {
        return sides.stream().flatMapToInt(side -> Arrays.stream(side.terms)).sorted().distinct().toArray();
    }

    /** Takes the term weights of the index this profile is scored in. */
    AnalyzedProfile weigh(TermWeights weights) {
        needs.forEach(side -> side.weigh(weights));
        offers.forEach(side -> side.weigh(weights));
        return this;
    }

    /**
     * What each need term adds to how well an offer meets these needs when the offer has it: the term's
     * weight over its need's weight, over the number of needs. Summed over the terms an offer has, it
     * bounds the needs-met fit from above.
     */
    Map<Integer, Double> needTermShares(TermWeights weights) {
        var shares = new HashMap<Integer, Double>();
        for (var need : needs) {
            for (int term : need.terms) {
                if (weights.of(term) > 0) {
                    shares.merge(term, weights.of(term) / ((double) need.weight() * needs.size()), Double::sum);
                }
            }
        }
        return shares;
    }

    UUID id() {
        return profile.companyId();
    }
}
