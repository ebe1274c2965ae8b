package eu.tibs.notification;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The dispatcher's short transactions on the outbox: claim due messages, then record each attempt. No transaction
 * stays open while the mail server is talked to.
 */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
class OutboxClaims {
    private final NotificationRepository notifications;
    private final NotificationSettings settings;
    private final Clock clock;

    OutboxClaims(NotificationRepository notifications, NotificationSettings settings, Clock clock) {
        this.notifications = notifications;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Due messages this node now holds for the claim period, oldest first; empty only when nothing is due. Messages
     * another node claimed meanwhile are skipped, and the next due ones are looked for instead.
     */
    List<Notification> claimDue(String node) {
        var now = clock.instant();
        var until = now.plus(settings.claim());
        List<UUID> due = notifications.findDue(now, PageRequest.of(0, settings.batchSize()));
        while (!due.isEmpty()) {
            var claimed = due.stream().filter(id -> notifications.claim(id, node, until, now) == 1).toList();
            if (!claimed.isEmpty()) {
                return claimed.stream().map(notifications::findById).flatMap(Optional::stream).toList();
            }
            // Another node's claim committed before ours: those rows are no longer due, so this terminates.
            due = notifications.findDue(now, PageRequest.of(0, settings.batchSize()));
        }
        return List.of();
    }

    /** True when this node still holds the message and now holds it for a full claim period: it may send it. */
    boolean renew(UUID id, String node) {
        var now = clock.instant();
        return notifications.renewClaim(id, node, now.plus(settings.claim()), now) == 1;
    }

    void sent(UUID id, String node) {
        claimed(id, node).ifPresent(n -> n.sent(clock.instant()));
    }

    void failed(UUID id, String node, String error) {
        claimed(id, node).ifPresent(n -> n.failed(error, clock.instant(), settings));
    }

    /** Empty when the claim has passed to another node meanwhile, or the message was erased. */
    private Optional<Notification> claimed(UUID id, String node) {
        return notifications.findById(id).filter(n -> n.isClaimedBy(node));
    }
}
