package eu.tibs.matching;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Whether each of us targets the other's country: half the fit for each side that does. */
final class TargetCountryRule implements Rule {

    @Override
    public Criterion criterion() {
        return Criterion.TARGET_COUNTRY;
    }

    @Override
    public double fit(AnalyzedProfile me, AnalyzedProfile them, Evidence evidence) {
        double fit = 0;
        if (me.profile.targetCountries().contains(them.profile.country())) {
            fit += 0.5;
            if (evidence.wanted()) {
                evidence.add("you target " + them.profile.country());
            }
        }
        if (them.profile.targetCountries().contains(me.profile.country())) {
            fit += 0.5;
            if (evidence.wanted()) {
                evidence.add("they target " + me.profile.country());
            }
        }
        return fit;
    }

    /** A candidate is in one country, so at most one of my target countries matches. */
    @Override
    public List<Query> bound(AnalyzedProfile me, float weight) {
        var clauses = new ArrayList<Query>();
        for (var country : me.profile.targetCountries()) {
            clauses.add(clause(ProfileDocument.COUNTRY, country, weight / 2));
        }
        clauses.add(clause(ProfileDocument.TARGET_COUNTRIES, me.profile.country(), weight / 2));
        return clauses;
    }

    private static Query clause(String field, String value, float boost) {
        return new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, value))), boost);
    }
}
