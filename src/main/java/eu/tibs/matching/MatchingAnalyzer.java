package eu.tibs.matching;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.compound.DictionaryCompoundWordTokenFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter.StemmerOverrideMap;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.TypeAttribute;

/**
 * Lucene's analysis of one language (stop words, stemming; compound words split by the glossary's words),
 * followed by a word map: for English the synonyms and abbreviations of {@code matching/synonyms.txt}, each read
 * as the first of its class; for the other languages the glossary, read as its English key.
 */
final class MatchingAnalyzer extends Analyzer {
    private final Language language;
    private final CharArraySet stopWords;
    private final StemmerOverrideMap overrides;
    private final CharArraySet compounds;
    private final SynonymMap words;

    MatchingAnalyzer(Language language, CharArraySet stopWords, StemmerOverrideMap overrides, CharArraySet compounds, SynonymMap words) {
        this.language = language;
        this.stopWords = stopWords;
        this.overrides = overrides;
        this.compounds = compounds;
        this.words = words;
    }

    static Reader resource(String name) {
        var stream = MatchingAnalyzer.class.getClassLoader().getResourceAsStream(name);
        return new InputStreamReader(Objects.requireNonNull(stream, name), StandardCharsets.UTF_8);
    }

    Language language() {
        return language;
    }

    /** The distinct analysed terms of a phrase, in order of appearance. */
    List<String> terms(String phrase) {
        return read(phrase).terms();
    }

    /** The terms of a phrase, and how many of its words this language's word map knew. */
    Reading read(String phrase) {
        var terms = new ArrayList<String>();
        int known = 0;
        int knownUpTo = 0;
        try (TokenStream stream = tokenStream("text", phrase)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var type = stream.addAttribute(TypeAttribute.class);
            var offsets = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                var value = term.toString();
                if (SynonymGraphFilter.TYPE_SYNONYM.equals(type.type()) && offsets.startOffset() >= knownUpTo) {
                    // A multi-word entry ("panele fotowoltaiczne") is evidence of every word it reads
                    known += phrase.substring(offsets.startOffset(), offsets.endOffset()).split("\\s+").length;
                    knownUpTo = offsets.endOffset();
                }
                if (!terms.contains(value)) {
                    terms.add(value);
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Reading(terms, known);
    }

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new StandardTokenizer();
        TokenStream stream = new LowerCaseFilter(language == Language.EN ? new EnglishPossessiveFilter(source) : source);
        if (compounds != null) {
            stream = new DictionaryCompoundWordTokenFilter(stream, compounds, 6, 4, 20, true);
        }
        stream = new StopFilter(stream, stopWords);
        if (overrides != null) {
            stream = new StemmerOverrideFilter(stream, overrides);
        }
        stream = language.stemming.apply(stream);
        if (words != null) {
            stream = new SynonymGraphFilter(stream, words, true);
        }
        return new TokenStreamComponents(source, stream);
    }

    /** A phrase's terms in one language, and how many of its words the language's word map knew. */
    record Reading(List<String> terms, int known) {
    }
}
