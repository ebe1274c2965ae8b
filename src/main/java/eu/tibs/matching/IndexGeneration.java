package eu.tibs.matching;

import java.io.Closeable;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One index with the profiles and term weights it was built from; a rebuild replaces it whole. Profiles changed
 * since are scored with the weights of the build, so it counts them to tell when its weights have aged.
 */
final class IndexGeneration implements Closeable {
    /** Share of the profiles that may change before the term weights are taken anew. */
    private static final double AGED_SHARE = 0.01;
    final TermDictionary dictionary;
    final TermWeights weights;
    final Map<UUID, AnalyzedProfile> profiles;
    final ProfileIndex index = new ProfileIndex();
    private final TextAnalysis analysis;
    private final AtomicInteger changes = new AtomicInteger();

    private IndexGeneration(TermDictionary dictionary, TermWeights weights, int size, TextAnalysis analysis) {
        this.dictionary = dictionary;
        this.weights = weights;
        this.profiles = new ConcurrentHashMap<>(size * 4 / 3 + 16);
        this.analysis = analysis;
    }

    static IndexGeneration build(Collection<MatchProfile> profiles, TextAnalysis analysis) {
        var dictionary = new TermDictionary();
        var latest = profiles.stream().collect(Collectors.toMap(
                MatchProfile::companyId, Function.identity(), (older, newer) -> newer, LinkedHashMap::new)).values();
        var analyzed = latest.parallelStream().map(profile -> AnalyzedProfile.of(profile, analysis, dictionary)).toList();
        var weights = TermWeights.of(documentFrequencies(analyzed, dictionary.size()), analyzed.size());
        var generation = new IndexGeneration(dictionary, weights, analyzed.size(), analysis);
        analyzed.parallelStream().forEach(profile -> {
            profile.weigh(weights);
            generation.profiles.put(profile.id(), profile);
            generation.index.add(ProfileDocument.of(profile, dictionary, weights));
        });
        generation.index.mergeSegments();
        generation.index.refresh();
        return generation;
    }

    /** In how many profiles each term occurs, in a need or an offer. */
    private static int[] documentFrequencies(List<AnalyzedProfile> profiles, int terms) {
        var frequencies = new int[terms];
        for (var profile : profiles) {
            for (int term : profile.needTerms) {
                frequencies[term]++;
            }
            for (int term : profile.offerTerms) {
                if (Arrays.binarySearch(profile.needTerms, term) < 0) {
                    frequencies[term]++;
                }
            }
        }
        return frequencies;
    }

    AnalyzedProfile analyze(MatchProfile profile) {
        return AnalyzedProfile.of(profile, analysis, dictionary).weigh(weights);
    }

    /** The profile as indexed when it is indexed as it is (a company's own profile usually is), else read now. */
    AnalyzedProfile analyzedOrAnalyze(MatchProfile profile) {
        var indexed = profiles.get(profile.companyId());
        return indexed != null && indexed.profile.equals(profile) ? indexed : analyze(profile);
    }

    /** Indexes the profile unless it is indexed as it is: a refresh reads recent changes more than once. */
    void upsert(MatchProfile profile) {
        var indexed = profiles.get(profile.companyId());
        if (indexed != null && indexed.profile.equals(profile)) {
            return;
        }
        changes.incrementAndGet();
        var analyzed = analyze(profile);
        profiles.put(analyzed.id(), analyzed);
        index.put(analyzed.id(), ProfileDocument.of(analyzed, dictionary, weights));
        index.refresh();
    }

    void remove(UUID companyId) {
        changes.incrementAndGet();
        profiles.remove(companyId);
        index.delete(companyId);
        index.refresh();
    }

    /** More profiles changed since the build than its term weights can stand for: one in a hundred, at least one. */
    boolean aged() {
        return changes.get() >= Math.max(1, AGED_SHARE * profiles.size());
    }

    List<MatchProfile> currentProfiles() {
        return profiles.values().stream().map(analyzed -> analyzed.profile).toList();
    }

    @Override
    public void close() {
        index.close();
    }
}
