package eu.tibs.matching;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;

/** The best candidates scored so far, ties broken by company id so that every search ranks alike. */
final class TopCandidates {
    private static final Comparator<Scored> BEST_FIRST = Comparator.comparingDouble(Scored::score).reversed()
            .thenComparing(scored -> scored.profile().id());
    private final int limit;
    private final double minScore;
    private final PriorityQueue<Scored> worstFirst;

    TopCandidates(int limit, double minScore) {
        this.limit = limit;
        this.minScore = minScore;
        this.worstFirst = new PriorityQueue<>(limit + 1, BEST_FIRST.reversed());
    }

    void offer(AnalyzedProfile profile, double score) {
        if (score <= 0 || score < minScore) {
            return;
        }
        if (worstFirst.size() < limit) {
            worstFirst.add(new Scored(profile, score));
        } else if (score >= worstFirst.peek().score()) {
            var scored = new Scored(profile, score);
            if (BEST_FIRST.compare(scored, worstFirst.peek()) < 0) {
                worstFirst.poll();
                worstFirst.add(scored);
            }
        }
    }

    /** The score an unscored candidate must reach to enter the list. */
    double entryScore() {
        return worstFirst.size() < limit ? Math.max(minScore, Double.MIN_VALUE) : worstFirst.peek().score();
    }

    List<Scored> best() {
        var best = new ArrayList<>(worstFirst);
        best.sort(BEST_FIRST);
        return best;
    }

    record Scored(AnalyzedProfile profile, double score) {
    }
}
