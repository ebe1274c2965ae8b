package eu.tibs.matching;

import java.util.Arrays;
import java.util.List;

import org.apache.lucene.document.FeatureField;
import org.apache.lucene.search.Query;

/** How well my offers meet their needs. */
final class NeedsServedRule extends NeedOfferRule {

    NeedsServedRule(TermDictionary dictionary, TermWeights weights, ComponentAffinity affinity, MatchingWeights settings) {
        super(dictionary, weights, affinity, settings);
    }

    @Override
    public Criterion criterion() {
        return Criterion.NEEDS_SERVED;
    }

    @Override
    String offerOwner() {
        return "your";
    }

    @Override
    String needOwner() {
        return "their";
    }

    @Override
    public double fit(AnalyzedProfile me, AnalyzedProfile them, Evidence evidence) {
        return offersMeetNeeds(them, me, evidence);
    }

    /** Each of my offer terms adds the share it has in their needs, indexed with their profile. */
    @Override
    public List<Query> bound(AnalyzedProfile me, float weight) {
        return Arrays.stream(me.offerTerms)
                .filter(term -> weights.of(term) > 0)
                .mapToObj(term -> FeatureField.newLinearQuery(ProfileDocument.NEED_TERM_SHARES, dictionary.term(term), weight))
                .toList();
    }
}
