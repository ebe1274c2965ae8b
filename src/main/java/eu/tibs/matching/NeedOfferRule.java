package eu.tibs.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.StringJoiner;

/**
 * How well one company's offers meet the other's needs: for each need, the best pair of need and offer phrases
 * (see {@link AnalyzedSide#fitWith}), weighted by how well the two value-chain components fit; needs met less than
 * the minimum fit count nothing and show no evidence; averaged over the needs.
 */
abstract class NeedOfferRule implements Rule {
    private static final int QUOTE_LENGTH = 80;
    final TermDictionary dictionary;
    final TermWeights weights;
    private final ComponentAffinity affinity;
    private final double crossComponentFactor;
    private final double minFit;

    NeedOfferRule(TermDictionary dictionary, TermWeights weights, ComponentAffinity affinity, MatchingWeights settings) {
        this.dictionary = dictionary;
        this.weights = weights;
        this.affinity = affinity;
        this.crossComponentFactor = settings.crossComponentFactor();
        this.minFit = settings.minFit();
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
                double fit = need.fitWith(offer, weights);
                if (fit > 0) {
                    fit *= affinity.factor(need.component, offer.component, crossComponentFactor);
                }
                if (fit > best) {
                    best = fit;
                    bestOffer = offer;
                }
            }
            if (bestOffer == null || best < minFit) {
                continue;
            }
            total += best;
            if (met != null) {
                met.add(new MetNeed(need, bestOffer, best));
            }
        }
        if (met != null) {
            met.sort(Comparator.comparingDouble(MetNeed::fit).reversed());
            met.forEach(need -> evidence.add(describe(need)));
        }
        return total / seeker.needs.size();
    }

    /** The phrases that met, the words they share, and the fit of exactly those phrases. */
    private String describe(MetNeed met) {
        var pair = met.need().bestPairWith(met.offer(), weights);
        var needTerms = met.need().phraseTerms[pair.phrase()];
        var offerTerms = met.offer().phraseTerms[pair.otherPhrase()];
        var shared = new StringJoiner(", ");
        for (int term : needTerms) {
            if (Arrays.binarySearch(offerTerms, term) >= 0 && weights.of(term) > 0) {
                shared.add(dictionary.term(term));
            }
        }
        return offerOwner() + " " + met.offer().component + " offer '" + quote(met.offer().phrases.get(pair.otherPhrase()))
                + "' meets " + needOwner() + " " + met.need().component + " need '" + quote(met.need().phrases.get(pair.phrase()))
                + "' on " + shared + " (" + Math.round(met.fit() * 100) + "%)";
    }

    private static String quote(String phrase) {
        return phrase.length() <= QUOTE_LENGTH ? phrase : phrase.substring(0, QUOTE_LENGTH - 3) + "...";
    }

    private record MetNeed(AnalyzedSide need, AnalyzedSide offer, double fit) {
    }
}
