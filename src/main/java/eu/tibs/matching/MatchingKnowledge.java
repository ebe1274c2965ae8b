package eu.tibs.matching;

/** What matching knows beyond the profiles: how to read text in eight languages, which components and NACE divisions complement each other. */
record MatchingKnowledge(TextAnalysis analysis, ComponentAffinity affinity, SupplyChain supplyChain) {

    static MatchingKnowledge load() {
        return new MatchingKnowledge(TextAnalysis.load(), ComponentAffinity.load(), SupplyChain.load());
    }
}
