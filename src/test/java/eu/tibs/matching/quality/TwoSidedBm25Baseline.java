package eu.tibs.matching.quality;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

import eu.tibs.matching.MatchProfile;
import eu.tibs.matching.Side;

/**
 * The simple strong baseline: Lucene's BM25 with English analysis, the company's needs searched in the others'
 * offers plus its offers searched in their needs, summed; other countries only.
 */
final class TwoSidedBm25Baseline {
    private final EnglishAnalyzer analyzer = new EnglishAnalyzer();
    private final IndexSearcher searcher;

    TwoSidedBm25Baseline(List<MatchProfile> profiles) {
        var directory = new ByteBuffersDirectory();
        try (var writer = new IndexWriter(directory, new IndexWriterConfig(analyzer))) {
            for (var profile : profiles) {
                var document = new Document();
                document.add(new StringField("id", profile.companyId().toString(), Field.Store.YES));
                document.add(new StringField("country", profile.country(), Field.Store.NO));
                document.add(new TextField("needs", text(profile.needs()), Field.Store.NO));
                document.add(new TextField("offers", text(profile.offers()), Field.Store.NO));
                writer.addDocument(document);
            }
            writer.commit();
            searcher = new IndexSearcher(DirectoryReader.open(directory));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Map<String, Side> sides) {
        return sides.values().stream().map(side -> String.join(" ", side.keywords()) + " " + side.text())
                .collect(Collectors.joining(" "));
    }

    List<UUID> rank(MatchProfile company, int limit) {
        var query = new BooleanQuery.Builder()
                .add(field("offers", text(company.needs())), Occur.SHOULD)
                .add(field("needs", text(company.offers())), Occur.SHOULD)
                .add(new TermQuery(new Term("country", company.country())), Occur.MUST_NOT)
                .build();
        try {
            var ranking = new ArrayList<UUID>();
            for (var hit : searcher.search(query, limit).scoreDocs) {
                ranking.add(UUID.fromString(searcher.storedFields().document(hit.doc).get("id")));
            }
            return ranking;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private BooleanQuery field(String field, String text) {
        var query = new BooleanQuery.Builder();
        try (var stream = analyzer.tokenStream(field, text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                query.add(new TermQuery(new Term(field, term.toString())), Occur.SHOULD);
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return query.build();
    }
}
