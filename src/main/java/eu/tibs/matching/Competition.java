package eu.tibs.matching;

import java.util.List;

/**
 * How much a candidate is the company's competitor rather than its partner: it needs something the company needs
 * and offers something the company offers. The lesser of the two resemblances, each the best fit between one of the
 * company's needs (offers) and one of the candidate's, read either way: a terse "hotels" resembles "hotels in the
 * Baltic states" fully.
 */
final class Competition {
    private final TermWeights weights;

    Competition(TermWeights weights) {
        this.weights = weights;
    }

    double resemblance(AnalyzedProfile me, AnalyzedProfile them) {
        double needs = resemblance(me.needs, them.needs);
        return needs == 0 ? 0 : Math.min(needs, resemblance(me.offers, them.offers));
    }

    private double resemblance(List<AnalyzedSide> mine, List<AnalyzedSide> theirs) {
        double best = 0;
        for (var side : mine) {
            for (var their : theirs) {
                best = Math.max(best, Math.max(side.fitWith(their, weights, 0), their.fitWith(side, weights, 0)));
            }
        }
        return best;
    }

    /** The phrases in which they resemble the company most, for the explanation. */
    void explain(AnalyzedProfile me, AnalyzedProfile them, Evidence evidence) {
        evidence.add("they also need " + closest(me.needs, them.needs) + " and offer " + closest(me.offers, them.offers));
    }

    private String closest(List<AnalyzedSide> mine, List<AnalyzedSide> theirs) {
        String quote = "";
        double best = -1;
        for (var side : mine) {
            for (var their : theirs) {
                var pair = their.bestPairWith(side, weights);
                if (pair.fit() > best) {
                    best = pair.fit();
                    quote = "'" + their.phrases.get(pair.phrase()) + "'";
                }
            }
        }
        return quote;
    }
}
