package eu.tibs.matching;

import java.util.List;
import java.util.TreeSet;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Whether we have a language in common: one is enough to talk. */
final class LanguageRule implements Rule {

    @Override
    public Criterion criterion() {
        return Criterion.LANGUAGE;
    }

    @Override
    public double fit(AnalyzedProfile me, AnalyzedProfile them, Evidence evidence) {
        var theirs = them.profile.languages();
        for (var language : me.profile.languages()) {
            if (theirs.contains(language)) {
                if (evidence.wanted()) {
                    var common = new TreeSet<>(me.profile.languages());
                    common.retainAll(theirs);
                    evidence.add("you both speak " + String.join(", ", common));
                }
                return 1;
            }
        }
        return 0;
    }

    @Override
    public List<Query> bound(AnalyzedProfile me, float weight) {
        if (me.profile.languages().isEmpty()) {
            return List.of();
        }
        var languages = me.profile.languages().stream()
                .<Query>map(language -> new BoostQuery(
                        new ConstantScoreQuery(new TermQuery(new Term(ProfileDocument.LANGUAGE, language))), weight))
                .toList();
        return List.of(new DisjunctionMaxQuery(languages, 0));
    }
}
