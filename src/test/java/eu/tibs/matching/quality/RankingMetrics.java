package eu.tibs.matching.quality;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
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

    /** NDCG with graded relevance: a company's gain is 2^grade - 1, ungraded companies gain nothing. */
    static double ndcgAt(int k, List<UUID> ranking, Map<UUID, Integer> grades) {
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            dcg += ((1 << grades.getOrDefault(ranking.get(i), 0)) - 1) * gainAt(i);
        }
        var ideal = grades.values().stream().sorted(Comparator.reverseOrder()).limit(k).toList();
        double idealDcg = 0;
        for (int i = 0; i < ideal.size(); i++) {
            idealDcg += ((1 << ideal.get(i)) - 1) * gainAt(i);
        }
        return dcg / idealDcg;
    }

    /** One over the rank of the first relevant company, 0 when none is ranked. */
    static double reciprocalRank(List<UUID> ranking, Set<UUID> relevant) {
        for (int i = 0; i < ranking.size(); i++) {
            if (relevant.contains(ranking.get(i))) {
                return 1.0 / (i + 1);
            }
        }
        return 0;
    }

    private static double gainAt(int position) {
        return 1 / (Math.log(position + 2) / Math.log(2));
    }

    private static int hitsIn(int k, List<UUID> ranking, Set<UUID> relevant) {
        return (int) ranking.stream().limit(k).filter(relevant::contains).count();
    }
}
