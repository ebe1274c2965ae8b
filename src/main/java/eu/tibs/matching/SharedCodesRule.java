package eu.tibs.matching;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** The share of my codes of one kind (S3 domains, cooperation types) that they have too. */
final class SharedCodesRule implements Rule {
    private final Criterion criterion;
    private final Function<MatchProfile, Set<String>> codes;
    private final String field;
    private final String wording;

    private SharedCodesRule(Criterion criterion, Function<MatchProfile, Set<String>> codes, String field, String wording) {
        this.criterion = criterion;
        this.codes = codes;
        this.field = field;
        this.wording = wording;
    }

    static SharedCodesRule s3Domains() {
        return new SharedCodesRule(Criterion.S3_SHARED, MatchProfile::s3Domains, ProfileDocument.S3, "both work in ");
    }

    /** The regions' smart specialisation priorities: cooperation inside them is what Trans-S3 wants to grow. */
    static SharedCodesRule regionalPriorities() {
        return new SharedCodesRule(Criterion.S3_REGIONAL, MatchProfile::regionS3Domains, ProfileDocument.REGION_S3,
                "both regions prioritise ");
    }

    static SharedCodesRule cooperationTypes() {
        return new SharedCodesRule(Criterion.COOPERATION, MatchProfile::cooperationTypes, ProfileDocument.COOPERATION,
                "both want ");
    }

    @Override
    public Criterion criterion() {
        return criterion;
    }

    @Override
    public double fit(AnalyzedProfile me, AnalyzedProfile them, Evidence evidence) {
        var mine = codes.apply(me.profile);
        var theirs = codes.apply(them.profile);
        int shared = 0;
        for (var code : mine) {
            if (theirs.contains(code)) {
                shared++;
            }
        }
        if (shared > 0 && evidence.wanted()) {
            var sharedCodes = new TreeSet<>(mine);
            sharedCodes.retainAll(theirs);
            evidence.add(wording + String.join(", ", sharedCodes));
        }
        return mine.isEmpty() ? 0 : (double) shared / mine.size();
    }

    @Override
    public List<Query> bound(AnalyzedProfile me, float weight) {
        var mine = codes.apply(me.profile);
        return mine.stream()
                .<Query>map(code -> new BoostQuery(new ConstantScoreQuery(new TermQuery(new Term(field, code))), weight / mine.size()))
                .toList();
    }
}
