package eu.tibs.matching;

import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What a candidate looked like to matching; kept with a decline so that similar candidates are lowered later.
 *
 * @param matchedTerms the analysed (stemmed) terms its needs and offers shared with the company's
 */
public record CandidateFeatures(String country, String sizeClass, Set<String> naceDivisions, Set<String> matchedTerms) {

    public CandidateFeatures {
        naceDivisions = naceDivisions == null ? Set.of() : Set.copyOf(naceDivisions);
        matchedTerms = matchedTerms == null ? Set.of() : Set.copyOf(matchedTerms);
    }

    /** What they look like next to me: their country, size and divisions, and the terms our needs and offers share. */
    static CandidateFeatures between(AnalyzedProfile me, AnalyzedProfile them, TermDictionary dictionary) {
        var matched = new TreeSet<String>();
        addShared(me.needTerms, them.offerTerms, dictionary, matched);
        addShared(me.offerTerms, them.needTerms, dictionary, matched);
        var divisions = Arrays.stream(them.nace.divisions()).mapToObj(NaceCodes::division).collect(Collectors.toSet());
        return new CandidateFeatures(them.profile.country(), them.profile.sizeClass(), divisions, matched);
    }

    private static void addShared(int[] some, int[] others, TermDictionary dictionary, Set<String> shared) {
        Arrays.stream(some).filter(term -> Arrays.binarySearch(others, term) >= 0).mapToObj(dictionary::term).forEach(shared::add);
    }

    boolean sharesDivisionWith(CandidateFeatures other) {
        return naceDivisions.stream().anyMatch(other.naceDivisions::contains);
    }

    /** At least half of the smaller set of matched terms is shared: the same kind of match. */
    boolean sharesTermsWith(CandidateFeatures other) {
        long shared = matchedTerms.stream().filter(other.matchedTerms::contains).count();
        int smaller = Math.min(matchedTerms.size(), other.matchedTerms.size());
        return smaller > 0 && shared * 2 >= smaller;
    }
}
