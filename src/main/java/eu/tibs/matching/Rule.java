package eu.tibs.matching;

import java.util.List;

import org.apache.lucene.search.Query;

/** One criterion of the score: how well a pair fits on it, and a Lucene query that bounds that fit from above. */
interface Rule {

    Criterion criterion();

    /** How well they fit me on this criterion, from 0 to 1; evidence is written only when it is wanted. */
    double fit(AnalyzedProfile me, AnalyzedProfile them, Evidence evidence);

    /**
     * Optional clauses whose summed score for any indexed candidate is at least {@code weight} times its
     * fit with me. The index search relies on it to know when no unscored candidate can still make the list.
     */
    List<Query> bound(AnalyzedProfile me, float weight);
}
