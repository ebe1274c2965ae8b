package eu.tibs.matching;

import java.util.List;

/**
 * How much a candidate is the company's competitor rather than its partner: it needs what the company needs and
 * offers what the company offers. The lesser of the two resemblances, each the mean over the company's needs
 * (offers) of the best fit by the candidate's needs (offers).
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
        if (mine.isEmpty()) {
            return 0;
        }
        double total = 0;
        for (var side : mine) {
            double best = 0;
            for (var their : theirs) {
                best = Math.max(best, side.fitWith(their, weights));
            }
            total += best;
        }
        return total / mine.size();
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
                var pair = side.bestPairWith(their, weights);
                if (pair.fit() > best) {
                    best = pair.fit();
                    quote = "'" + their.phrases.get(pair.otherPhrase()) + "'";
                }
            }
        }
        return quote;
    }
}
