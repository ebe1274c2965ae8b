package eu.tibs.matching;

/** What matching knows beyond the profiles: how to analyse text, which components and NACE divisions complement each other. */
record MatchingKnowledge(MatchingAnalyzer analyzer, ComponentAffinity affinity, SupplyChain supplyChain) {

    static MatchingKnowledge load() {
        return new MatchingKnowledge(MatchingAnalyzer.load(), ComponentAffinity.load(), SupplyChain.load());
    }
}
