package eu.tibs.matching;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Shortlists cross-border partners for a company, each with an explanation, from an in-memory index of all
 * profiles. The index is a cache: rebuild it from the database, then keep it current with upserts and
 * removals, and have the term weights taken anew once enough profiles changed ({@link #reweighIfAged}).
 * Thread-safe: shortlists run alongside changes, and a rebuild loses no change made meanwhile.
 */
public final class MatchingEngine implements AutoCloseable {
    private final MatchingKnowledge knowledge = MatchingKnowledge.load();
    private final ReadWriteLock swap = new ReentrantReadWriteLock();
    private final Object changes = new Object();
    private final Object rebuilding = new Object();
    private IndexGeneration generation;
    /** Changes made while a rebuild runs, replayed onto the rebuilt index; null when no rebuild runs. */
    private List<Consumer<IndexGeneration>> journal;

    public MatchingEngine() {
        generation = IndexGeneration.build(List.of(), knowledge.analysis());
    }

    /** Replaces the index with one built from these profiles; term weights are taken from them. */
    public void rebuild(Collection<MatchProfile> profiles) {
        synchronized (rebuilding) {
            synchronized (changes) {
                journal = new ArrayList<>();
            }
            var rebuilt = IndexGeneration.build(profiles, knowledge.analysis());
            IndexGeneration replaced;
            synchronized (changes) {
                journal.forEach(change -> change.accept(rebuilt));
                journal = null;
                swap.writeLock().lock();
                try {
                    replaced = generation;
                    generation = rebuilt;
                } finally {
                    swap.writeLock().unlock();
                }
            }
            replaced.close();
        }
    }

    /** Adds or replaces one profile; the next shortlist on any thread sees it. */
    public void upsert(MatchProfile profile) {
        change(index -> index.upsert(profile));
    }

    public void remove(UUID companyId) {
        change(index -> index.remove(companyId));
    }

    /**
     * Rebuilds the index from the profiles it holds when more of them changed than its term weights stand for, so
     * that words grown common weigh less and new words weigh by their rarity. True when it rebuilt.
     */
    public boolean reweighIfAged() {
        synchronized (rebuilding) {
            var current = read(index -> index.aged() ? index.currentProfiles() : null);
            if (current == null) {
                return false;
            }
            rebuild(current);
            return true;
        }
    }

    private void change(Consumer<IndexGeneration> change) {
        synchronized (changes) {
            if (journal != null) {
                journal.add(change);
            }
            read(index -> {
                change.accept(index);
                return null;
            });
        }
    }

    public int size() {
        return read(index -> index.profiles.size());
    }

    /** The best candidates through the index: the same as a full scan finds, in a fraction of the time. */
    public Shortlist shortlist(ShortlistRequest request) {
        return read(index -> shortlist(index, request, true));
    }

    /** The best candidates by scoring every profile: the exact reference, slow on large indexes. */
    public Shortlist shortlistByFullScan(ShortlistRequest request) {
        return read(index -> shortlist(index, request, false));
    }

    private Shortlist shortlist(IndexGeneration index, ShortlistRequest request, boolean throughIndex) {
        var me = index.analyzedOrAnalyze(request.profile());
        var weights = request.weights();
        var declines = DeclineMemory.of(request);
        var filter = new CandidateFilter(me, declines);
        var rules = Rules.of(weights, index.dictionary, index.weights, knowledge);
        var scorer = new PairScorer(rules, weights, declines, index.dictionary, index.weights);
        var top = new TopCandidates(request.limit(), weights.minScore());
        var ranking = throughIndex
                ? IndexSearch.run(index, me, CandidateQuery.of(me, rules, weights), filter, scorer, top)
                : FullScan.run(index.profiles.values(), me, filter, scorer, top);
        var candidates = ranking.best().stream()
                .map(scored -> {
                    var them = scored.profile();
                    return new Candidate(them.id(), them.profile.country(), them.profile.regionCode(), scored.score(),
                            scorer.explain(me, them), scorer.features(me, them));
                })
                .toList();
        return new Shortlist(me.id(), weights, candidates, ranking.scored());
    }

    /** What the candidate looks like next to the company now; empty when it is not in the index (erased). */
    public Optional<CandidateFeatures> features(MatchProfile profile, UUID candidateId) {
        return read(index -> Optional.ofNullable(index.profiles.get(candidateId))
                .map(them -> CandidateFeatures.between(index.analyze(profile), them, index.dictionary)));
    }

    private <T> T read(Function<IndexGeneration, T> work) {
        swap.readLock().lock();
        try {
            return work.apply(generation);
        } finally {
            swap.readLock().unlock();
        }
    }

    @Override
    public void close() {
        swap.writeLock().lock();
        try {
            generation.close();
        } finally {
            swap.writeLock().unlock();
        }
    }
}
