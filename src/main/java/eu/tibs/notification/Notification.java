package eu.tibs.notification;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One message in the outbox, rendered when it was written, with its delivery attempts. */
@Entity
@Table(name = "notification")
class Notification {
    static final int MAX_ERROR = 1000;

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    private String recipient;
    private String language;
    private String subject;
    private String body;
    private String messageId;
    private UUID caseId;
    private UUID companyId;
    private UUID partnerCompanyId;
    @Enumerated(EnumType.STRING)
    private NotificationStatus status;
    private int attempts;
    private Instant nextAttemptAt;
    private String lastError;
    private String claimedBy;
    private Instant claimedUntil;
    private Instant createdAt;
    private Instant sentAt;
    @Version
    private long version;

    protected Notification() {
    }

    Notification(Message message, RenderedText text, Instant now) {
        this.id = UUID.randomUUID();
        this.kind = message.kind();
        this.recipient = message.recipient();
        this.language = text.language();
        this.subject = text.subject();
        this.body = text.body();
        this.messageId = "<" + id + "@tibs.eu>";
        this.caseId = message.caseId();
        this.companyId = message.companyId();
        this.partnerCompanyId = message.partnerCompanyId();
        this.status = NotificationStatus.PENDING;
        this.nextAttemptAt = now;
        this.createdAt = now;
    }

    void sent(Instant now) {
        status = NotificationStatus.SENT;
        attempts++;
        sentAt = now;
        lastError = null;
        release();
    }

    /** A failed attempt: tried again after a growing wait, or given up after the last attempt. */
    void failed(String error, Instant now, NotificationSettings settings) {
        attempts++;
        lastError = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        if (attempts >= settings.maxAttempts()) {
            status = NotificationStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(settings.retryAfter(attempts));
        }
        release();
    }

    /** A coordinator's retry: a fresh series of attempts, starting now. */
    void retry(Instant now) {
        status = NotificationStatus.PENDING;
        attempts = 0;
        nextAttemptAt = now;
        release();
    }

    boolean isClaimedBy(String node) {
        return node.equals(claimedBy);
    }

    /** A node holds it now: it may be talking to the mail server this very moment. */
    boolean isHeldAt(Instant now) {
        return claimedUntil != null && !claimedUntil.isBefore(now);
    }

    private void release() {
        claimedBy = null;
        claimedUntil = null;
    }

    long getVersion() {
        return version;
    }

    UUID getId() {
        return id;
    }

    NotificationKind getKind() {
        return kind;
    }

    String getRecipient() {
        return recipient;
    }

    String getLanguage() {
        return language;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }

    String getMessageId() {
        return messageId;
    }

    UUID getCaseId() {
        return caseId;
    }

    UUID getCompanyId() {
        return companyId;
    }

    NotificationStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    String getLastError() {
        return lastError;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }
}
