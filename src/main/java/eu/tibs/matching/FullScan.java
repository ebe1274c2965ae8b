package eu.tibs.matching;

import java.util.Collection;

/** Scores every profile: the exact reference the index search is measured against. */
final class FullScan {
    private FullScan() {
    }

    static Ranking run(Collection<AnalyzedProfile> profiles, AnalyzedProfile me,
                       CandidateFilter filter, PairScorer scorer, TopCandidates top) {
        int scored = 0;
        for (var them : profiles) {
            if (filter.admits(them)) {
                top.offer(them, scorer.score(me, them));
                scored++;
            }
        }
        return new Ranking(top.best(), scored);
    }
}
