package eu.tibs.matching;

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
    private float weight;

    private AnalyzedSide(String component, List<String> phrases, int[][] phraseTerms) {
        this.component = component;
        this.phrases = phrases;
        this.phraseTerms = phraseTerms;
        this.terms = Arrays.stream(phraseTerms).flatMapToInt(Arrays::stream).sorted().distinct().toArray();
    }

    static AnalyzedSide of(String component, Side side, MatchingAnalyzer analyzer, TermDictionary dictionary) {
        var phrases = side.phrases();
        var phraseTerms = new int[phrases.size()][];
        for (int i = 0; i < phraseTerms.length; i++) {
            phraseTerms[i] = analyzer.terms(phrases.get(i)).stream().mapToInt(dictionary::idOf).sorted().toArray();
        }
        return new AnalyzedSide(component, List.copyOf(phrases), phraseTerms);
    }

    void weigh(TermWeights weights) {
        weight = weights.sum(terms);
    }

    float weight() {
        return weight;
    }

    /** How much of this need an offer covers: the weight of the terms they share over the need's weight. */
    double coverageBy(AnalyzedSide offer, TermWeights weights) {
        return weight == 0 ? 0 : weights.shared(terms, offer.terms) / weight;
    }
}
