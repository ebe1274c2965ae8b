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

    /** Needs read for the role they name (see {@link RoleReading}), every phrase in the language it is written in. */
    static AnalyzedProfile of(MatchProfile profile, TextAnalysis analysis, TermDictionary dictionary) {
        var reading = RoleReading.of(profile.needs(), profile.offers());
        var reader = analysis.readerFor(profile);
        return new AnalyzedProfile(profile, sides(reading.needs(), reader, dictionary), sides(reading.offers(), reader, dictionary));
    }

    private static List<AnalyzedSide> sides(Map<String, List<String>> sides, PhraseReader reader, TermDictionary dictionary) {
        return sides.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(side -> AnalyzedSide.of(side.getKey(), side.getValue(), reader, dictionary))
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
     * What each need term adds at most to how well an offer meets these needs when the offer has it: per need, the
     * term's shares in its phrases, summed; summed over the needs, over the number of needs. Summed over the terms an
     * offer has, it bounds the needs-met fit from above.
     */
    Map<Integer, Double> needTermShares(TermWeights weights) {
        var shares = new HashMap<Integer, Double>();
        for (var need : needs) {
            var perNeed = new HashMap<Integer, Double>();
            for (int phrase = 0; phrase < need.phraseTerms.length; phrase++) {
                for (int term : need.phraseTerms[phrase]) {
                    double share = need.shareOf(phrase, term, weights);
                    if (share > 0) {
                        perNeed.merge(term, share, Double::sum);
                    }
                }
            }
            perNeed.forEach((term, share) -> shares.merge(term, Math.min(1, share) / needs.size(), Double::sum));
        }
        return shares;
    }

    UUID id() {
        return profile.companyId();
    }
}
