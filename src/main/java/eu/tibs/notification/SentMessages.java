package eu.tibs.notification;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The messages written about a company or a case, for the people who work them: what went to whom, and when. */
@Service
@Transactional(readOnly = true)
public class SentMessages {
    private final NotificationRepository notifications;

    SentMessages(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    /** One message, without its body. */
    public record SentMessage(UUID caseId, NotificationKind kind, String recipient, String subject,
                              NotificationStatus status, Instant createdAt, Instant sentAt) {
        static SentMessage of(Notification n) {
            return new SentMessage(n.getCaseId(), n.getKind(), n.getRecipient(), n.getSubject(), n.getStatus(),
                    n.getCreatedAt(), n.getSentAt());
        }
    }

    /** To and about the company, including introductions to its partners. */
    public List<SentMessage> about(UUID companyId) {
        return notifications.findAbout(List.of(companyId)).stream().map(SentMessage::of).toList();
    }

    public List<SentMessage> ofCase(UUID caseId) {
        return notifications.findByCaseIdOrderByCreatedAt(caseId).stream().map(SentMessage::of).toList();
    }
}
