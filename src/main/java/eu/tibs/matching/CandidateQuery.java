package eu.tibs.matching;

import java.util.List;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;

/**
 * The index query for a company's candidates: every rule's bound as an optional clause, the needs rules' carrying
 * half the both-ways points each (a geometric mean is at most the arithmetic one). A candidate's
 * query score is never below its true score, so Lucene may skip candidates whose query score cannot reach
 * the shortlist. Inadmissible candidates are left out by {@link CandidateFilter} as they are found, not by
 * the query: a prohibited clause would stop Lucene from skipping (MaxScore works on pure disjunctions).
 */
final class CandidateQuery {
    /** Lucene adds scores in float; this slack keeps the bound above scores computed in double. */
    private static final double ROUNDING = 1 + 1e-4;

    private CandidateQuery() {
    }

    static Query of(AnalyzedProfile me, List<Rule> rules, MatchingWeights weights) {
        var query = new BooleanQuery.Builder();
        for (var rule : rules) {
            double weight = weights.boundOf(rule.criterion());
            if (weight > 0) {
                rule.bound(me, (float) (weight * ROUNDING)).forEach(clause -> query.add(clause, Occur.SHOULD));
            }
        }
        return query.build();
    }
}
