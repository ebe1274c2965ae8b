package eu.tibs.matching;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Lucene's English analysis (stop words, Porter stemming) followed by the synonyms of
 * {@code matching/synonyms.txt}, which map each word to the first of its class.
 */
final class MatchingAnalyzer extends Analyzer {
    private final CharArraySet stopWords;
    private final SynonymMap synonyms;

    private MatchingAnalyzer(CharArraySet stopWords, SynonymMap synonyms) {
        this.stopWords = stopWords;
        this.synonyms = synonyms;
    }

    static MatchingAnalyzer load() {
        var stopWords = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        try (var stopList = resource("matching/stopwords.txt");
             var synonymList = resource("matching/synonyms.txt");
             var stemming = new MatchingAnalyzer(stopWords, null)) {
            WordlistLoader.getWordSet(stopList, "#", stopWords);
            // Synonym entries go through the same stemming so that "haulage" meets "hauling"
            var parser = new SolrSynonymParser(true, false, stemming);
            parser.parse(synonymList);
            return new MatchingAnalyzer(stopWords, parser.build());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("matching/synonyms.txt: " + e.getMessage(), e);
        }
    }

    static Reader resource(String name) {
        var stream = MatchingAnalyzer.class.getClassLoader().getResourceAsStream(name);
        return new InputStreamReader(Objects.requireNonNull(stream, name), StandardCharsets.UTF_8);
    }

    /** The distinct analysed terms of a phrase, in order of appearance. */
    List<String> terms(String phrase) {
        var terms = new ArrayList<String>();
        try (TokenStream stream = tokenStream("text", phrase)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                var value = term.toString();
                if (!terms.contains(value)) {
                    terms.add(value);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return terms;
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new EnglishPossessiveFilter(source);
        stream = new LowerCaseFilter(stream);
        stream = new StopFilter(stream, stopWords);
        stream = new PorterStemFilter(stream);
        if (synonyms != null) {
            stream = new SynonymGraphFilter(stream, synonyms, true);
        }
        return new TokenStreamComponents(source, stream);
    }
}
