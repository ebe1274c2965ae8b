package eu.tibs.matching;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.ParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.StemmerOverrideFilter;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.apache.lucene.util.CharsRefBuilder;

/**
 * Reads profiles written in any of the eight languages into one vocabulary: each phrase is analysed in the language
 * it is written in (among the languages its company speaks, English always a candidate: the one whose stop words,
 * letters and glossary words it has most; for English, words the synonyms and glossary keys name), and the glossary of that language ({@code matching/glossary/xx.txt})
 * turns its domain words into their English key, so that a Polish need meets a German offer. Everything is data in
 * the application; nothing is fetched at run time.
 */
final class TextAnalysis {
    private final Map<Language, MatchingAnalyzer> analyzers;
    /** The English terms the synonyms and glossaries name: a phrase read in English into these is likely English. */
    private final Set<String> englishVocabulary;

    private TextAnalysis(Map<Language, MatchingAnalyzer> analyzers, Set<String> englishVocabulary) {
        this.analyzers = analyzers;
        this.englishVocabulary = englishVocabulary;
    }

    static TextAnalysis load() {
        var analyzers = new EnumMap<Language, MatchingAnalyzer>(Language.class);
        var english = english();
        analyzers.put(Language.EN, english);
        var vocabulary = new HashSet<String>();
        try (var synonyms = new BufferedReader(MatchingAnalyzer.resource("matching/synonyms.txt"))) {
            synonyms.lines().filter(line -> !line.startsWith("#")).forEach(line -> vocabulary.addAll(english.terms(line)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (var language : Language.values()) {
            if (language != Language.EN) {
                analyzers.put(language, foreign(language, english, vocabulary));
            }
        }
        return new TextAnalysis(analyzers, Set.copyOf(vocabulary));
    }

    /** How to read the phrases of this profile: in English, or in whichever of its languages each phrase is in. */
    PhraseReader readerFor(MatchProfile profile) {
        var candidates = new ArrayList<MatchingAnalyzer>();
        for (var language : Language.values()) {
            if (language != Language.EN && profile.languages().contains(language.code)) {
                candidates.add(analyzers.get(language));
            }
        }
        var english = analyzers.get(Language.EN);
        return candidates.isEmpty() ? english::terms : phrase -> read(phrase, english, candidates);
    }

    private List<String> read(String phrase, MatchingAnalyzer english, List<MatchingAnalyzer> candidates) {
        var words = phrase.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
        var best = english.read(phrase);
        int bestEvidence = (int) best.terms().stream().filter(englishVocabulary::contains).count()
                + stopWords(words, english.language());
        for (var candidate : candidates) {
            var reading = candidate.read(phrase);
            int evidence = reading.known() + stopWords(words, candidate.language()) + letters(phrase, candidate.language());
            if (evidence > bestEvidence) {
                best = reading;
                bestEvidence = evidence;
            }
        }
        return best.terms();
    }

    private static int stopWords(String[] words, Language language) {
        int found = 0;
        for (var word : words) {
            if (language.stopWords.contains(word)) {
                found++;
            }
        }
        return found;
    }

    private static int letters(String phrase, Language language) {
        for (char letter : language.letters.toCharArray()) {
            if (phrase.indexOf(letter) >= 0 || phrase.indexOf(Character.toUpperCase(letter)) >= 0) {
                return 1;
            }
        }
        return 0;
    }

    /** English with the project's stop words, stemming exceptions, synonyms and abbreviations. */
    private static MatchingAnalyzer english() {
        var stopWords = new CharArraySet(EnglishAnalyzer.ENGLISH_STOP_WORDS_SET, true);
        var overrides = new StemmerOverrideFilter.Builder(true);
        try (var stopList = MatchingAnalyzer.resource("matching/stopwords.txt");
             var overrideList = new BufferedReader(MatchingAnalyzer.resource("matching/stem-overrides.txt"));
             var synonymList = MatchingAnalyzer.resource("matching/synonyms.txt")) {
            WordlistLoader.getWordSet(stopList, "#", stopWords);
            overrideList.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                var pair = line.split("\\s+");
                overrides.add(pair[0], pair[1]);
            });
            var overrideMap = overrides.build();
            // Synonym entries go through the same stemming so that "haulage" meets "hauling"
            try (var stemming = new MatchingAnalyzer(Language.EN, stopWords, overrideMap, null, null)) {
                var parser = new SolrSynonymParser(true, false, stemming);
                parser.parse(synonymList);
                return new MatchingAnalyzer(Language.EN, stopWords, overrideMap, null, parser.build());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ParseException e) {
            throw new IllegalStateException("matching/synonyms.txt: " + e.getMessage(), e);
        }
    }

    /**
     * A language with its glossary: lines of {@code word, other word => english key}. The words are analysed in
     * their language and the key in English, so both meet as analysed terms; the words also split compounds.
     */
    private static MatchingAnalyzer foreign(Language language, MatchingAnalyzer english, Set<String> vocabulary) {
        var name = "matching/glossary/" + language.code + ".txt";
        var entries = new ArrayList<String[]>();
        var compounds = new CharArraySet(256, true);
        try (var glossary = new BufferedReader(MatchingAnalyzer.resource(name))) {
            glossary.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).forEach(line -> {
                var parts = line.split("=>");
                if (parts.length != 2) {
                    throw new IllegalStateException(name + ": no '=>' in " + line);
                }
                entries.add(parts);
                for (var word : parts[0].split("[,\\s]+")) {
                    if (word.length() >= 4) {
                        compounds.add(word.strip().toLowerCase(Locale.ROOT));
                    }
                }
            });
            try (var plain = new MatchingAnalyzer(language, language.stopWords, null, compounds, null)) {
                var words = new SynonymMap.Builder(true);
                var buffer = new CharsRefBuilder();
                for (var entry : entries) {
                    var keyTerms = english.terms(entry[1]);
                    vocabulary.addAll(keyTerms);
                    var key = SynonymMap.Builder.join(keyTerms.toArray(String[]::new), new CharsRefBuilder());
                    for (var word : entry[0].split(",")) {
                        var analysed = plain.terms(word);
                        if (!analysed.isEmpty() && key.length > 0) {
                            words.add(SynonymMap.Builder.join(analysed.toArray(String[]::new), buffer), key, false);
                        }
                    }
                }
                return new MatchingAnalyzer(language, language.stopWords, null, compounds, Objects.requireNonNull(words.build()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
