package eu.tibs.matching;

import java.util.ArrayList;
import java.util.Comparator;

/**
 * How well one company's offers meet the other's needs: for each need, the share of its terms the best
 * offer covers, weighted by term rarity and by how well the two value-chain components fit; averaged
 * over the needs.
 */
abstract class NeedOfferRule implements Rule {
    private static final int QUOTE_LENGTH = 80;
    final TermDictionary dictionary;
    final TermWeights weights;
    private final ComponentAffinity affinity;
    private final double crossComponentFactor;

    NeedOfferRule(TermDictionary dictionary, TermWeights weights, ComponentAffinity affinity, double crossComponentFactor) {
        this.dictionary = dictionary;
        this.weights = weights;
        this.affinity = affinity;
        this.crossComponentFactor = crossComponentFactor;
    }

    /** Whose offer meets whose need: "their" and "your", or the other way round. */
    abstract String offerOwner();

    abstract String needOwner();

    double offersMeetNeeds(AnalyzedProfile seeker, AnalyzedProfile provider, Evidence evidence) {
        if (seeker.needs.isEmpty()) {
            return 0;
        }
        double total = 0;
        var met = evidence.wanted() ? new ArrayList<MetNeed>() : null;
        for (var need : seeker.needs) {
            double best = 0;
            AnalyzedSide bestOffer = null;
            for (var offer : provider.offers) {
                double coverage = need.coverageBy(offer, weights);
                if (coverage > 0) {
                    coverage *= affinity.factor(need.component, offer.component, crossComponentFactor);
                }
                if (coverage > best) {
                    best = coverage;
                    bestOffer = offer;
                }
            }
            total += best;
            if (met != null && bestOffer != null) {
                met.add(new MetNeed(need, bestOffer, best));
            }
        }
        if (met != null) {
            met.sort(Comparator.comparingDouble(MetNeed::fit).reversed());
            met.forEach(need -> evidence.add(describe(need)));
        }
        return total / seeker.needs.size();
    }

    private String describe(MetNeed met) {
        int bestNeed = 0;
        int bestOffer = 0;
        float bestShared = -1;
        for (int i = 0; i < met.need().phraseTerms.length; i++) {
            for (int j = 0; j < met.offer().phraseTerms.length; j++) {
                float shared = weights.shared(met.need().phraseTerms[i], met.offer().phraseTerms[j]);
                if (shared > bestShared) {
                    bestShared = shared;
                    bestNeed = i;
                    bestOffer = j;
                }
            }
        }
        return offerOwner() + " " + met.offer().component + " offer '" + quote(met.offer().phrases.get(bestOffer))
                + "' meets " + needOwner() + " " + met.need().component + " need '" + quote(met.need().phrases.get(bestNeed))
                + "' (" + Math.round(met.fit() * 100) + "%)";
    }

    private static String quote(String phrase) {
        return phrase.length() <= QUOTE_LENGTH ? phrase : phrase.substring(0, QUOTE_LENGTH - 3) + "...";
    }

    private record MetNeed(AnalyzedSide need, AnalyzedSide offer, double fit) {
    }
}
