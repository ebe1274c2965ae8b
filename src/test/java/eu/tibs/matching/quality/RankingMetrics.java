package eu.tibs.matching.quality;

import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Precision, recall and NDCG of a ranking against the set of relevant companies (binary relevance). */
final class RankingMetrics {
    private RankingMetrics() {
    }

    static double precisionAt(int k, List<UUID> ranking, Set<UUID> relevant) {
        return (double) hitsIn(k, ranking, relevant) / k;
    }

    static double recallAt(int k, List<UUID> ranking, Set<UUID> relevant) {
        return (double) hitsIn(k, ranking, relevant) / relevant.size();
    }

    static double ndcgAt(int k, List<UUID> ranking, Set<UUID> relevant) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (relevant.contains(ranking.get(i))) {
                dcg += gainAt(i);
            }
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) {
            ideal += gainAt(i);
        }
        return dcg / ideal;
    }

    private static double gainAt(int position) {
        return 1 / (Math.log(position + 2) / Math.log(2));
    }

    private static int hitsIn(int k, List<UUID> ranking, Set<UUID> relevant) {
        return (int) ranking.stream().limit(k).filter(relevant::contains).count();
    }
}
