package eu.tibs.matching;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * This node's matching index: a cache any node rebuilds from the database at start-up and keeps current by reading,
 * every few seconds, the profiles any node changed. Nothing in it is lost when a node goes away.
 */
@Component
public class MatchingIndex implements AutoCloseable {
    /** Re-read a little before the newest change seen: a transaction committing late carries an earlier time. */
    private static final Duration OVERLAP = Duration.ofSeconds(30);
    private static final Logger log = LoggerFactory.getLogger(MatchingIndex.class);

    private final MatchingEngine engine = new MatchingEngine();
    private final ProfileSnapshots snapshots;
    private final DeclineRecords declines;
    private final MatchingSettings settings;
    private final Clock clock;
    private volatile Instant newestSeen;

    MatchingIndex(ProfileSnapshots snapshots, DeclineRecords declines, MatchingSettings settings, Clock clock) {
        this.snapshots = snapshots;
        this.declines = declines;
        this.settings = settings;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void rebuild() {
        var all = snapshots.changedSince(Instant.EPOCH);
        engine.rebuild(all.profiles());
        newestSeen = all.newest();
        log.info("Matching index built from {} profiles", all.profiles().size());
    }

    /** Reads the profiles any node changed, and takes the term weights anew when enough changed: on every node. */
    @Scheduled(fixedDelayString = "${tibs.matching.refresh-interval}")
    public void refresh() {
        catchUp(null);
        if (engine.reweighIfAged()) {
            log.info("Matching term weights taken anew from {} profiles", engine.size());
        }
    }

    /**
     * Reads the profiles changed since the newest change seen, all but the one of {@code except}: that one may belong
     * to the caller's transaction, not committed yet, and comes with the next scheduled refresh, within the overlap.
     */
    private synchronized void catchUp(UUID except) {
        if (newestSeen == null) {
            return;
        }
        var changes = snapshots.changedSince(newestSeen.minus(OVERLAP));
        changes.profiles().stream().filter(profile -> !profile.companyId().equals(except)).forEach(engine::upsert);
        changes.erased().forEach(engine::remove);
        if (changes.newest().isAfter(newestSeen)) {
            newestSeen = changes.newest();
        }
    }

    /**
     * A company's shortlist in other countries, lowered by its past declines and without declined pairs unless
     * {@code includeDeclined}; empty when it has no profile yet. Catches up with profiles changed moments ago first:
     * a broker who just recorded a partner's profile expects to see it.
     */
    public Shortlist shortlistFor(UUID companyId, boolean includeDeclined) {
        var own = snapshots.profileOf(companyId);
        if (own.isEmpty()) {
            return new Shortlist(companyId, settings.weights(), List.of(), 0);
        }
        catchUp(companyId);
        var request = ShortlistRequest.of(own.get(), settings.weights(), declines.of(companyId),
                settings.shortlistSize());
        return engine.shortlist(includeDeclined ? request.includingDeclined() : request);
    }

    /**
     * Records that the candidate was declined as the company's partner: the pair stays out of later shortlists, and
     * candidates resembling this one as it looks now are lowered for the company.
     */
    public void recordDecline(UUID companyId, UUID candidateId, DeclineReason reason) {
        var features = snapshots.profileOf(companyId).flatMap(own -> engine.features(own, candidateId)).orElse(null);
        declines.add(new PastDecline(companyId, candidateId, reason, features), clock.instant());
    }

    @Override
    public void close() {
        engine.close();
    }
}
