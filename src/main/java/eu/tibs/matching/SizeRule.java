package eu.tibs.matching;

import java.util.ArrayList;
import java.util.List;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** How close our size classes are: partners of similar size cooperate more easily. */
final class SizeRule implements Rule {
    static final List<String> SIZES = List.of("MICRO", "SMALL", "MEDIUM", "LARGE");
    private static final double[] FIT_BY_DISTANCE = {1.0, 0.6, 0.2, 0};

    @Override
    public Criterion criterion() {
        return Criterion.SIZE;
    }

    static double fit(String mine, String theirs) {
        int my = SIZES.indexOf(mine);
        int their = SIZES.indexOf(theirs);
        return my < 0 || their < 0 ? 0 : FIT_BY_DISTANCE[Math.abs(my - their)];
    }

    @Override
    public double fit(AnalyzedProfile me, AnalyzedProfile them, Evidence evidence) {
        double fit = fit(me.profile.sizeClass(), them.profile.sizeClass());
        if (fit > 0 && evidence.wanted()) {
            evidence.add("they are " + them.profile.sizeClass() + ", you are " + me.profile.sizeClass());
        }
        return fit;
    }

    @Override
    public List<Query> bound(AnalyzedProfile me, float weight) {
        var sizes = new ArrayList<Query>();
        for (var size : SIZES) {
            double fit = fit(me.profile.sizeClass(), size);
            if (fit > 0) {
                sizes.add(new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(ProfileDocument.SIZE, size))), (float) (weight * fit)));
            }
        }
        return sizes.isEmpty() ? List.of() : List.of(new DisjunctionMaxQuery(sizes, 0));
    }
}
