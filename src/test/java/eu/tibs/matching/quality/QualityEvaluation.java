package eu.tibs.matching.quality;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.tibs.matching.Candidate;
import eu.tibs.matching.MatchProfile;
import eu.tibs.matching.MatchingEngine;
import eu.tibs.matching.MatchingWeights;
import eu.tibs.matching.ShortlistRequest;

/**
 * Measures TIBS against a two-sided BM25 and the keyword baseline on generated labelled profiles: every company with planted
 * partners is a query, its partners the relevant answers. Run it as a main class: arguments are the number
 * of profiles (default 20000) and the seed (default 42).
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=eu.tibs.matching.quality.QualityEvaluation -Dexec.args="20000"
 * </pre>
 */
public final class QualityEvaluation {
    private QualityEvaluation() {
    }

    public static void main(String[] args) {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        long seed = args.length > 1 ? Long.parseLong(args[1]) : 42;
        System.out.print(evaluate(new ProfileGenerator(seed).generate(size)).table());
    }

    public static QualityReport evaluate(LabelledProfiles data) {
        var byId = data.profiles().stream().collect(Collectors.toMap(MatchProfile::companyId, Function.identity()));
        var baseline = new KeywordOverlapBaseline(data.profiles());
        var bm25Baseline = new TwoSidedBm25Baseline(data.profiles());
        try (var engine = new MatchingEngine()) {
            engine.rebuild(data.profiles());
            var tibs = new Scores.Sum();
            var keywords = new Scores.Sum();
            var bm25 = new Scores.Sum();
            for (var query : data.partners().entrySet()) {
                var company = byId.get(query.getKey());
                tibs.add(tibsRanking(engine, company), query.getValue());
                keywords.add(baseline.rank(company, 10), query.getValue());
                bm25.add(bm25Baseline.rank(company, 10), query.getValue());
            }
            return new QualityReport(data.profiles().size(), data.partners().size(), tibs.mean(), keywords.mean(), bm25.mean());
        }
    }

    private static List<UUID> tibsRanking(MatchingEngine engine, MatchProfile company) {
        return engine.shortlist(ShortlistRequest.of(company, MatchingWeights.defaults(), List.of(), 10))
                .candidates().stream().map(Candidate::companyId).toList();
    }

    /** Mean metrics of one ranker over all queries. */
    public record Scores(double precisionAt5, double recallAt10, double ndcgAt10) {

        static final class Sum {
            private double precision;
            private double recall;
            private double ndcg;
            private int queries;

            void add(List<UUID> ranking, Set<UUID> relevant) {
                precision += RankingMetrics.precisionAt(5, ranking, relevant);
                recall += RankingMetrics.recallAt(10, ranking, relevant);
                ndcg += RankingMetrics.ndcgAt(10, ranking, relevant);
                queries++;
            }

            Scores mean() {
                return new Scores(precision / queries, recall / queries, ndcg / queries);
            }
        }
    }

    /** Both rankers' scores on one data set. */
    public record QualityReport(int profiles, int queries, Scores tibs, Scores baseline, Scores bm25) {

        public String table() {
            return String.format(Locale.ROOT, """
                    %d profiles, %d queries (companies with planted partners)
                    | ranker                 | precision@5 | recall@10 | NDCG@10 |
                    |------------------------|-------------|-----------|---------|
                    | TIBS                   | %11.3f | %9.3f | %7.3f |
                    | two-sided BM25         | %11.3f | %9.3f | %7.3f |
                    | keyword-overlap        | %11.3f | %9.3f | %7.3f |
                    """, profiles, queries, tibs.precisionAt5(), tibs.recallAt10(), tibs.ndcgAt10(),
                    bm25.precisionAt5(), bm25.recallAt10(), bm25.ndcgAt10(),
                    baseline.precisionAt5(), baseline.recallAt10(), baseline.ndcgAt10());
        }
    }
}
