package eu.tibs.matching.quality;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import eu.tibs.matching.Candidate;
import eu.tibs.matching.MatchingEngine;
import eu.tibs.matching.MatchingWeights;
import eu.tibs.matching.ShortlistRequest;
import eu.tibs.matching.quality.PartnerScenarios.Role;
import eu.tibs.matching.quality.PartnerScenarios.Scenario;

/**
 * Runs the hand-written partner searches through TIBS, a two-sided BM25 and a keyword database. With
 * {@code -Dverbose} it prints each search's top 10 by role. Run it as a main class:
 * <pre>
 * mvn -q test-compile exec:java -Dexec.classpathScope=test -Dexec.mainClass=eu.tibs.matching.quality.ScenarioEvaluation
 * </pre>
 */
public final class ScenarioEvaluation {
    private static final int TOP = 10;

    private ScenarioEvaluation() {
    }

    public static void main(String[] args) {
        System.out.print(evaluate(Boolean.getBoolean("verbose")).table());
    }

    static ScenarioReport evaluate(boolean verbose) {
        var data = PartnerScenarios.load();
        var bm25 = new TwoSidedBm25Baseline(data.profiles());
        var keywords = new KeywordOverlapBaseline(data.profiles());
        try (var engine = new MatchingEngine()) {
            engine.rebuild(data.profiles());
            Function<Scenario, List<UUID>> tibs = scenario -> engine
                    .shortlist(ShortlistRequest.of(scenario.query(), MatchingWeights.defaults(), List.of(), TOP))
                    .candidates().stream().map(Candidate::companyId).toList();
            var report = new ScenarioReport(data.profiles().size(), data.scenarios().size(),
                    measure(data, tibs, verbose),
                    measure(data, scenario -> bm25.rank(scenario.query(), TOP), false),
                    measure(data, scenario -> keywords.rank(scenario.query(), TOP), false));
            return report;
        }
    }

    private static Measures measure(PartnerScenarios data, Function<Scenario, List<UUID>> ranker, boolean verbose) {
        double ndcg = 0;
        double reciprocalRank = 0;
        int competitorAbovePartner = 0;
        int sameCountry = 0;
        for (var scenario : data.scenarios()) {
            var ranking = ranker.apply(scenario);
            var relevance = scenario.relevance();
            ndcg += RankingMetrics.ndcgAt(TOP, ranking, relevance);
            reciprocalRank += RankingMetrics.reciprocalRank(ranking, relevance.keySet());
            if (competitorAbovePartner(ranking, scenario.roles())) {
                competitorAbovePartner++;
            }
            if (ranking.stream().anyMatch(id -> scenario.roles().get(id) == Role.SAME_COUNTRY)) {
                sameCountry++;
            }
            if (verbose) {
                System.out.printf(Locale.ROOT, "%-28s %.3f %s%n", scenario.name(), RankingMetrics.ndcgAt(TOP, ranking, relevance),
                        ranking.stream().map(id -> scenario.roles().containsKey(id) ? scenario.roles().get(id).name() : "other").toList());
            }
        }
        int queries = data.scenarios().size();
        return new Measures(ndcg / queries, reciprocalRank / queries, (double) competitorAbovePartner / queries, sameCountry);
    }

    /** A competitor shown above a true partner, or shown while a true partner is missing from the top. */
    private static boolean competitorAbovePartner(List<UUID> ranking, Map<UUID, Role> roles) {
        int firstCompetitor = -1;
        for (int i = 0; i < ranking.size(); i++) {
            if (roles.get(ranking.get(i)) == Role.COMPETITOR) {
                firstCompetitor = i;
                break;
            }
        }
        if (firstCompetitor < 0) {
            return false;
        }
        long partnersAbove = ranking.subList(0, firstCompetitor).stream().filter(id -> roles.get(id) == Role.PARTNER).count();
        long partners = roles.values().stream().filter(role -> role == Role.PARTNER).count();
        return partnersAbove < partners;
    }

    /** One ranker's means over all searches. */
    record Measures(double ndcgAt10, double mrr, double competitorAbovePartner, int withSameCountry) {
    }

    /** The three rankers on the scenarios. */
    record ScenarioReport(int profiles, int queries, Measures tibs, Measures bm25, Measures keywords) {

        String table() {
            return String.format(Locale.ROOT, """
                    %d hand-written partner searches, %d profiles
                    | ranker           | NDCG@10 | MRR   | competitor above a partner | same-country shown |
                    |------------------|---------|-------|----------------------------|--------------------|
                    %s%s%s""", queries, profiles, row("TIBS", tibs), row("two-sided BM25", bm25), row("keyword overlap", keywords));
        }

        private String row(String name, Measures measures) {
            return String.format(Locale.ROOT, "| %-16s | %7.3f | %5.3f | %26.2f | %18d |%n", name, measures.ndcgAt10(),
                    measures.mrr(), measures.competitorAbovePartner(), measures.withSameCountry());
        }
    }
}
