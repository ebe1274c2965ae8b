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
    private final double bothWays;
    private final double declinePenalty;
    private final double competitorPenalty;
    private final DeclineMemory declines;
    private final TermDictionary dictionary;
    private final Competition competition;

    PairScorer(List<Rule> rules, MatchingWeights weights, DeclineMemory declines, TermDictionary dictionary, TermWeights termWeights) {
        this.rules = rules;
        this.ruleWeights = rules.stream().mapToDouble(rule -> weights.of(rule.criterion())).toArray();
        this.needsCount = weights.needsMet() > 0 || weights.needsServed() > 0 || weights.bothWays() > 0;
        this.bothWays = weights.bothWays();
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
        double met = 0;
        double served = 0;
        for (int i = 0; i < ruleWeights.length; i++) {
            var criterion = rules.get(i).criterion();
            boolean needs = criterion == Criterion.NEEDS_MET || criterion == Criterion.NEEDS_SERVED;
            if (ruleWeights[i] == 0 && !(needs && bothWays > 0)) {
                continue;
            }
            var evidence = explanation == null ? null : Evidence.lines();
            double fit = rules.get(i).fit(me, them, evidence == null ? Evidence.NONE : evidence);
            double contribution = ruleWeights[i] * fit;
            total += contribution;
            met = criterion == Criterion.NEEDS_MET ? fit : met;
            served = criterion == Criterion.NEEDS_SERVED ? fit : served;
            if (evidence != null && contribution > 0) {
                explanation.add(new CriterionScore(criterion, contribution, evidence.list()));
            }
        }
        if (needsCount && met == 0 && served == 0) {
            return 0;
        }
        double both = bothWays * Math.sqrt(met * served);
        if (explanation != null && both > 0) {
            explanation.add(Math.min(2, explanation.size()), new CriterionScore(Criterion.BOTH_WAYS, both,
                    List.of("their offers meet your needs and your offers meet theirs")));
        }
        total += both;
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
