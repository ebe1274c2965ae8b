package eu.tibs.matching;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.UnaryOperator;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.da.DanishAnalyzer;
import org.apache.lucene.analysis.de.GermanAnalyzer;
import org.apache.lucene.analysis.de.GermanLightStemFilter;
import org.apache.lucene.analysis.de.GermanNormalizationFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.et.EstonianAnalyzer;
import org.apache.lucene.analysis.fi.FinnishAnalyzer;
import org.apache.lucene.analysis.fi.FinnishLightStemFilter;
import org.apache.lucene.analysis.lt.LithuanianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianAnalyzer;
import org.apache.lucene.analysis.lv.LatvianStemFilter;
import org.apache.lucene.analysis.miscellaneous.TruncateTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.tartarus.snowball.ext.DanishStemmer;
import org.tartarus.snowball.ext.EstonianStemmer;
import org.tartarus.snowball.ext.LithuanianStemmer;

/**
 * The eight languages profiles are written in, each with Lucene's stop words and stemmer for it, and the letters
 * only it uses among the eight (a hint of which language a phrase is in). Lucene has no Polish stemmer outside the
 * Stempel module; Polish words are cut to their first six letters, which keeps most inflections together.
 */
enum Language {
    EN("en", EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, PorterStemFilter::new, ""),
    DE("de", GermanAnalyzer.getDefaultStopSet(), stream -> new GermanLightStemFilter(new GermanNormalizationFilter(stream)), "ßäöü"),
    DA("da", DanishAnalyzer.getDefaultStopSet(), stream -> new SnowballFilter(stream, new DanishStemmer()), "æøå"),
    FI("fi", FinnishAnalyzer.getDefaultStopSet(), FinnishLightStemFilter::new, "äö"),
    LT("lt", LithuanianAnalyzer.getDefaultStopSet(), stream -> new SnowballFilter(stream, new LithuanianStemmer()), "ąčęėįšųūž"),
    LV("lv", LatvianAnalyzer.getDefaultStopSet(), LatvianStemFilter::new, "āčēģīķļņšūž"),
    ET("et", EstonianAnalyzer.getDefaultStopSet(), stream -> new SnowballFilter(stream, new EstonianStemmer()), "õäöüšž"),
    PL("pl", polishStopWords(), stream -> new TruncateTokenFilter(stream, 6), "ąćęłńóśźż");

    final String code;
    final CharArraySet stopWords;
    final UnaryOperator<TokenStream> stemming;
    final String letters;

    Language(String code, CharArraySet stopWords, UnaryOperator<TokenStream> stemming, String letters) {
        this.code = code;
        this.stopWords = stopWords;
        this.stemming = stemming;
        this.letters = letters;
    }

    private static CharArraySet polishStopWords() {
        try (var list = MatchingAnalyzer.resource("matching/glossary/pl-stopwords.txt")) {
            return WordlistLoader.getWordSet(list, "#");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
