package eu.tibs.matching;

import org.apache.lucene.search.Query;

/**
 * Finds the best candidates through the index, exactly: the query score of a candidate bounds its true
 * score from above, so every candidate Lucene finds is scored exactly, and Lucene is told to skip those
 * whose query score cannot reach the shortlist's current entry score.
 */
final class IndexSearch {
    private IndexSearch() {
    }

    static Ranking run(IndexGeneration generation, AnalyzedProfile me, Query query,
                       CandidateFilter filter, PairScorer scorer, TopCandidates top) {
        var scored = new int[1];
        try (var searcher = generation.index.acquire()) {
            searcher.search(query, (companyId, queryScore) -> {
                if (queryScore >= top.entryScore()) {
                    var them = generation.profiles.get(companyId);
                    // A profile upserted or removed since the searcher opened is scored as it is now, or not at all
                    if (them != null && filter.admits(them)) {
                        top.offer(them, scorer.score(me, them));
                        scored[0]++;
                    }
                }
                return top.entryScore();
            });
        }
        return new Ranking(top.best(), scored[0]);
    }
}
