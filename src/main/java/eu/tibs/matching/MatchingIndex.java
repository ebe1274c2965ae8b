package eu.tibs.matching;

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
    private final MatchingSettings settings;
    private volatile Instant newestSeen;

    MatchingIndex(ProfileSnapshots snapshots, MatchingSettings settings) {
        this.snapshots = snapshots;
        this.settings = settings;
    }

    @EventListener(ApplicationReadyEvent.class)
    public synchronized void rebuild() {
        var all = snapshots.changedSince(Instant.EPOCH);
        engine.rebuild(all.profiles());
        newestSeen = all.newest();
        log.info("Matching index built from {} profiles", all.profiles().size());
    }

    @Scheduled(fixedDelayString = "${tibs.matching.refresh-interval}")
    public synchronized void refresh() {
        if (newestSeen == null) {
            return;
        }
        var changes = snapshots.changedSince(newestSeen.minus(OVERLAP));
        changes.profiles().forEach(engine::upsert);
        changes.erased().forEach(engine::remove);
        if (changes.newest().isAfter(newestSeen)) {
            newestSeen = changes.newest();
        }
    }

    /** A company's shortlist in other countries; empty when it has no profile yet. */
    public Shortlist shortlistFor(UUID companyId, boolean includeDeclined) {
        var own = snapshots.profileOf(companyId);
        if (own.isEmpty()) {
            return new Shortlist(companyId, settings.weights(), List.of(), 0);
        }
        var request = ShortlistRequest.of(own.get(), settings.weights(), List.of(), settings.shortlistSize());
        return engine.shortlist(includeDeclined ? request.includingDeclined() : request);
    }

    @Override
    public void close() {
        engine.close();
    }
}
