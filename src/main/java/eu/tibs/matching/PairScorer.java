package eu.tibs.matching;

import java.util.ArrayList;
import java.util.List;

/** Scores a pair of profiles on every rule, lowered by the company's past declines, and explains the score when asked. */
final class PairScorer {
    private final List<Rule> rules;
    private final double[] ruleWeights;
    private final double declinePenalty;
    private final DeclineMemory declines;
    private final TermDictionary dictionary;

    PairScorer(List<Rule> rules, MatchingWeights weights, DeclineMemory declines, TermDictionary dictionary) {
        this.rules = rules;
        this.ruleWeights = rules.stream().mapToDouble(rule -> weights.of(rule.criterion())).toArray();
        this.declinePenalty = weights.declinePenalty();
        this.declines = declines;
        this.dictionary = dictionary;
    }

    double score(AnalyzedProfile me, AnalyzedProfile them) {
        return assess(me, them, null);
    }

    Explanation explain(AnalyzedProfile me, AnalyzedProfile them) {
        var criteria = new ArrayList<CriterionScore>();
        assess(me, them, criteria);
        return new Explanation(criteria);
    }

    CandidateFeatures features(AnalyzedProfile me, AnalyzedProfile them) {
        return CandidateFeatures.between(me, them, dictionary);
    }

    /** The score; with a list to explain into, also each criterion that counted and its evidence. */
    private double assess(AnalyzedProfile me, AnalyzedProfile them, List<CriterionScore> explanation) {
        double total = 0;
        for (int i = 0; i < ruleWeights.length; i++) {
            if (ruleWeights[i] == 0) {
                continue;
            }
            var evidence = explanation == null ? null : Evidence.lines();
            double contribution = ruleWeights[i] * rules.get(i).fit(me, them, evidence == null ? Evidence.NONE : evidence);
            total += contribution;
            if (evidence != null && contribution > 0) {
                explanation.add(new CriterionScore(rules.get(i).criterion(), contribution, evidence.list()));
            }
        }
        if (!declines.hasLessons() || total == 0) {
            return total;
        }
        var evidence = explanation == null ? null : Evidence.lines();
        double factor = declines.factor(features(me, them), declinePenalty, evidence == null ? Evidence.NONE : evidence);
        if (evidence != null && factor < 1) {
            explanation.add(new CriterionScore(Criterion.PAST_DECLINES, total * (factor - 1), evidence.list()));
        }
        return total * factor;
    }
}
