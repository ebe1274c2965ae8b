package eu.tibs.matching;

import java.util.ArrayList;
import java.util.List;

/**
 * Scores a pair of profiles on every rule, lowered for a competitor and by the company's past declines, and explains
 * the score when asked. A pair where no need is met either way scores nothing when needs and offers count at all.
 */
final class PairScorer {
    private final List<Rule> rules;
    private final double[] ruleWeights;
    private final boolean needsCount;
    private final double declinePenalty;
    private final double competitorPenalty;
    private final DeclineMemory declines;
    private final TermDictionary dictionary;
    private final Competition competition;

    PairScorer(List<Rule> rules, MatchingWeights weights, DeclineMemory declines, TermDictionary dictionary, TermWeights termWeights) {
        this.rules = rules;
        this.ruleWeights = rules.stream().mapToDouble(rule -> weights.of(rule.criterion())).toArray();
        this.needsCount = weights.needsMet() > 0 || weights.needsServed() > 0;
        this.declinePenalty = weights.declinePenalty();
        this.competitorPenalty = weights.competitorPenalty();
        this.declines = declines;
        this.dictionary = dictionary;
        this.competition = new Competition(termWeights);
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
        boolean needMet = false;
        for (int i = 0; i < ruleWeights.length; i++) {
            if (ruleWeights[i] == 0) {
                continue;
            }
            var evidence = explanation == null ? null : Evidence.lines();
            var criterion = rules.get(i).criterion();
            double contribution = ruleWeights[i] * rules.get(i).fit(me, them, evidence == null ? Evidence.NONE : evidence);
            total += contribution;
            needMet |= contribution > 0 && (criterion == Criterion.NEEDS_MET || criterion == Criterion.NEEDS_SERVED);
            if (evidence != null && contribution > 0) {
                explanation.add(new CriterionScore(criterion, contribution, evidence.list()));
            }
        }
        if (needsCount && !needMet) {
            return 0;
        }
        total = lowerForCompetitor(me, them, total, explanation);
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

    private double lowerForCompetitor(AnalyzedProfile me, AnalyzedProfile them, double total, List<CriterionScore> explanation) {
        if (competitorPenalty == 0 || total == 0) {
            return total;
        }
        double factor = 1 - competitorPenalty * competition.resemblance(me, them);
        if (explanation != null && factor < 1) {
            var evidence = Evidence.lines();
            competition.explain(me, them, evidence);
            explanation.add(new CriterionScore(Criterion.COMPETITOR, total * (factor - 1), evidence.list()));
        }
        return total * factor;
    }
}
