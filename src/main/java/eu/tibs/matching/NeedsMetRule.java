package eu.tibs.matching;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** How well their offers meet my needs. */
final class NeedsMetRule extends NeedOfferRule {

    NeedsMetRule(TermDictionary dictionary, TermWeights weights, ComponentAffinity affinity, MatchingWeights settings) {
        super(dictionary, weights, affinity, settings);
    }

    @Override
    public Criterion criterion() {
        return Criterion.NEEDS_MET;
    }

    @Override
    String offerOwner() {
        return "their";
    }

    @Override
    String needOwner() {
        return "your";
    }

    @Override
    public double fit(AnalyzedProfile me, AnalyzedProfile them, Evidence evidence) {
        return offersMeetNeeds(me, them, evidence);
    }

    /** Each of my need terms their offers have adds its share: at least the fit, as an offer meets a need at most fully. */
    @Override
    public List<Query> bound(AnalyzedProfile me, float weight) {
        var clauses = new ArrayList<Query>();
        me.needTermShares(weights).forEach((term, share) -> clauses.add(new BoostQuery(
                new ConstantScoreQuery(new TermQuery(new Term(ProfileDocument.OFFER_TERMS, dictionary.term(term)))),
                (float) (weight * share))));
        return clauses;
    }
}
