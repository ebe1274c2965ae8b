package eu.tibs.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** One need or offer as matching compares it: its component, its phrases, and their analysed terms. */
final class AnalyzedSide {
    final String component;
    final List<String> phrases;
    /** The sorted term numbers of each phrase. */
    final int[][] phraseTerms;
    /** The sorted term numbers of all phrases. */
    final int[] terms;
    /** What a phrase's shared terms are measured against: its weight, or the saturation weight when it is wordier. */
    private float[] norms;

    private AnalyzedSide(String component, List<String> phrases, int[][] phraseTerms) {
        this.component = component;
        this.phrases = phrases;
        this.phraseTerms = phraseTerms;
        this.terms = Arrays.stream(phraseTerms).flatMapToInt(Arrays::stream).sorted().distinct().toArray();
    }

    /** The side with the phrases that have terms; phrases without any (only stop words) are left out. */
    static AnalyzedSide of(String component, List<String> phrases, PhraseReader reader, TermDictionary dictionary) {
        var kept = new ArrayList<String>();
        var phraseTerms = new ArrayList<int[]>();
        for (var phrase : phrases) {
            var terms = reader.terms(phrase);
            if (!terms.isEmpty()) {
                kept.add(phrase);
                phraseTerms.add(terms.stream().mapToInt(dictionary::idOf).sorted().toArray());
            }
        }
        return new AnalyzedSide(component, List.copyOf(kept), phraseTerms.toArray(int[][]::new));
    }

    void weigh(TermWeights weights) {
        var weighed = new float[phraseTerms.length];
        for (int i = 0; i < weighed.length; i++) {
            weighed[i] = Math.min(weights.sum(phraseTerms[i]), weights.saturation());
        }
        norms = weighed;
    }

    /** What a term of one phrase adds at most to how well another side meets this one (see {@link #fitWith}). */
    double shareOf(int phrase, int term, TermWeights weights) {
        return norms[phrase] == 0 ? 0 : weights.of(term) / norms[phrase] / phraseTerms.length;
    }

    /**
     * How well the other side meets this one: for each of this side's phrases, its best fit with one of the other
     * side's phrases (the weight of the terms they share over the weight of this side's phrase, at most the
     * saturation weight so that a wordy text is not diluted, up to 1), counted only from {@code minFit} on; the mean
     * over this side's phrases, so that meeting more of them counts more.
     */
    double fitWith(AnalyzedSide other, TermWeights weights, double minFit) {
        double total = 0;
        for (int i = 0; i < phraseTerms.length; i++) {
            double best = 0;
            for (int[] otherTerms : other.phraseTerms) {
                best = Math.max(best, fit(i, otherTerms, weights));
            }
            if (best >= minFit) {
                total += best;
            }
        }
        return total / phraseTerms.length;
    }

    /** The phrase of this side and of the other that meet best. */
    PhrasePair bestPairWith(AnalyzedSide other, TermWeights weights) {
        var best = new PhrasePair(0, 0, -1);
        for (int i = 0; i < phraseTerms.length; i++) {
            for (int j = 0; j < other.phraseTerms.length; j++) {
                double fit = fit(i, other.phraseTerms[j], weights);
                if (fit > best.fit()) {
                    best = new PhrasePair(i, j, fit);
                }
            }
        }
        return best;
    }

    private double fit(int phrase, int[] otherTerms, TermWeights weights) {
        return norms[phrase] == 0 ? 0 : Math.min(1, weights.shared(phraseTerms[phrase], otherTerms) / norms[phrase]);
    }

    /** This side's phrase and the other side's phrase that meet best, and how well. */
    record PhrasePair(int phrase, int otherPhrase, double fit) {
    }
}
