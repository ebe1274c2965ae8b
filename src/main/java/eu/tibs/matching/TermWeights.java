package eu.tibs.matching;

/**
 * How much each term weighs in a match: its rarity across the indexed profiles (BM25 inverse document
 * frequency), taken when the index is built. Frozen until the next rebuild, so that scores and the
 * index's score bounds agree; a term first seen later weighs as a term seen nowhere. A term in more than
 * a quarter of a large set of profiles ("products", "services") weighs nothing: it says nothing about a
 * match, and it would make the index visit most profiles for every query.
 */
final class TermWeights {
    private static final double COMMON_SHARE = 0.25;
    /** Below this many profiles, how common a term is says too little to ignore it. */
    private static final int COMMON_MIN_PROFILES = 1000;
    /** A phrase is met once an offer shares terms weighing as much as this many terms seen in one profile in a hundred. */
    private static final int SATURATION_TERMS = 3;
    private final float[] weights;
    private final float unseen;
    private final float saturation;

    private TermWeights(float[] weights, float unseen, float saturation) {
        this.weights = weights;
        this.unseen = unseen;
        this.saturation = saturation;
    }

    static TermWeights of(int[] documentFrequencies, int documents) {
        var weights = new float[documentFrequencies.length];
        boolean ignoreCommon = documents >= COMMON_MIN_PROFILES;
        for (int id = 0; id < weights.length; id++) {
            boolean common = ignoreCommon && documentFrequencies[id] > COMMON_SHARE * documents;
            weights[id] = common ? 0 : idf(documentFrequencies[id], documents);
        }
        return new TermWeights(weights, idf(0, documents), SATURATION_TERMS * idf(documents / 100, documents));
    }

    private static float idf(int documentFrequency, int documents) {
        return (float) Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));
    }

    float of(int term) {
        return term < weights.length ? weights[term] : unseen;
    }

    /**
     * The weight a phrase is measured against at most, as BM25 saturates: past a few rare words, a wordier
     * text is not met less by an offer sharing the same words.
     */
    float saturation() {
        return saturation;
    }

    float sum(int[] terms) {
        float sum = 0;
        for (int term : terms) {
            sum += of(term);
        }
        return sum;
    }

    /** The summed weight of the terms two sorted arrays share. */
    float shared(int[] some, int[] others) {
        float sum = 0;
        int i = 0;
        int j = 0;
        while (i < some.length && j < others.length) {
            if (some[i] < others[j]) {
                i++;
            } else if (some[i] > others[j]) {
                j++;
            } else {
                sum += of(some[i]);
                i++;
                j++;
            }
        }
        return sum;
    }
}
