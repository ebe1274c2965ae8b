package eu.tibs.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.StringJoiner;

/**
 * How well one company's offers meet the other's needs: for each need, how well the best offer meets its phrases
 * (see {@link AnalyzedSide#fitWith}; phrases met less than the minimum fit count nothing), weighted by how well the
 * two value-chain components fit; averaged over the needs. Evidence quotes the pair of phrases that met best.
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
                double fit = need.fitWith(offer, weights, minFit);
                if (fit > 0) {
                    fit *= affinity.factor(need.component, offer.component, crossComponentFactor);
                }
                if (fit > best) {
                    best = fit;
                    bestOffer = offer;
                }
            }
            if (bestOffer == null) {
                continue;
            }
            total += best;
            if (met != null) {
                met.add(new MetNeed(need, bestOffer));
            }
        }
        if (met != null) {
            met.stream().map(this::describe).sorted(Comparator.comparingDouble(Described::fit).reversed())
                    .forEach(described -> evidence.add(described.line()));
        }
        return total / seeker.needs.size();
    }

    /** The phrases that met best, the words they share, and the fit of exactly those phrases. */
    private Described describe(MetNeed met) {
        var pair = met.need().bestPairWith(met.offer(), weights);
        var needTerms = met.need().phraseTerms[pair.phrase()];
        var offerTerms = met.offer().phraseTerms[pair.otherPhrase()];
        var shared = new StringJoiner(", ");
        for (int term : needTerms) {
            if (Arrays.binarySearch(offerTerms, term) >= 0 && weights.of(term) > 0) {
                shared.add(dictionary.term(term));
            }
        }
        return new Described(pair.fit(), offerOwner() + " " + met.offer().component + " offer '" + quote(met.offer().phrases.get(pair.otherPhrase()))
                + "' meets " + needOwner() + " " + met.need().component + " need '" + quote(met.need().phrases.get(pair.phrase()))
                + "' on " + shared + " (" + Math.round(pair.fit() * 100) + "%)");
    }

    private static String quote(String phrase) {
        return phrase.length() <= QUOTE_LENGTH ? phrase : phrase.substring(0, QUOTE_LENGTH - 3) + "...";
    }

    private record MetNeed(AnalyzedSide need, AnalyzedSide offer) {
    }

    private record Described(double fit, String line) {
    }
}
