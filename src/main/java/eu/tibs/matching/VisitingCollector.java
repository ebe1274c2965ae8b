package eu.tibs.matching;

import java.io.IOException;
import java.util.Collection;
import java.util.UUID;

import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/** Reads the company id of each document found and passes the visitor's threshold on to Lucene. */
final class VisitingCollector implements Collector {
    private final ProfileIndex.Visitor visitor;
    private float threshold;

    private VisitingCollector(ProfileIndex.Visitor visitor) {
        this.visitor = visitor;
    }

    /** Lucene searches one slice here (the searcher has no executor), so one collector visits every match. */
    static CollectorManager<VisitingCollector, Void> manager(ProfileIndex.Visitor visitor) {
        return new CollectorManager<>() {
            @Override
            public VisitingCollector newCollector() {
                return new VisitingCollector(visitor);
            }

            @Override
            public Void reduce(Collection<VisitingCollector> collectors) {
                return null;
            }
        };
    }

    @Override
    public ScoreMode scoreMode() {
        return ScoreMode.TOP_SCORES;
    }

    @Override
    public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
        var high = context.reader().getNumericDocValues(ProfileDocument.ID_HIGH);
        var low = context.reader().getNumericDocValues(ProfileDocument.ID_LOW);
        return new LeafCollector() {
            private Scorable scorer;

            @Override
            public void setScorer(Scorable scorer) throws IOException {
                this.scorer = scorer;
                scorer.setMinCompetitiveScore(threshold);
            }

            @Override
            public void collect(int doc) throws IOException {
                high.advanceExact(doc);
                low.advanceExact(doc);
                // Rounding to float must not raise the threshold above what the visitor asked for
                float asked = Math.nextDown((float) visitor.visit(new UUID(high.longValue(), low.longValue()), scorer.score()));
                if (asked > threshold) {
                    threshold = asked;
                    scorer.setMinCompetitiveScore(threshold);
                }
            }
        };
    }
}
