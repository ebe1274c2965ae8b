package eu.tibs.notification;

import java.time.Instant;
import java.util.UUID;

/** A message in the outbox as coordinators and the company's data export see it. */
record NotificationView(UUID id, NotificationKind kind, String recipient, String language, String subject,
                        String body, UUID caseId, NotificationStatus status, int attempts, Instant nextAttemptAt,
                        String lastError, Instant createdAt, Instant sentAt) {

    static NotificationView of(Notification n) {
        return new NotificationView(n.getId(), n.getKind(), n.getRecipient(), n.getLanguage(), n.getSubject(),
                n.getBody(), n.getCaseId(), n.getStatus(), n.getAttempts(), n.getNextAttemptAt(), n.getLastError(),
                n.getCreatedAt(), n.getSentAt());
    }
}
