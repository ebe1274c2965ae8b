package eu.tibs.matching;

import java.util.List;

/** The rules of the score, in the order an explanation lists them. */
final class Rules {
    private Rules() {
    }

    static List<Rule> of(MatchingWeights weights, TermDictionary dictionary, TermWeights termWeights, MatchingKnowledge knowledge) {
        return List.of(
                new NeedsMetRule(dictionary, termWeights, knowledge.affinity(), weights),
                new NeedsServedRule(dictionary, termWeights, knowledge.affinity(), weights),
                SharedCodesRule.s3Domains(),
                SharedCodesRule.regionalPriorities(),
                new NaceRule(knowledge.supplyChain()),
                SharedCodesRule.cooperationTypes(),
                new TargetCountryRule(),
                new LanguageRule(),
                new SizeRule());
    }
}
