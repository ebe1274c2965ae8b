package eu.tibs.notification;

import java.util.UUID;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Sends what the outbox holds, on every node. A message is claimed before it is sent, its claim renewed (fenced)
 * right before the send, and marked sent after the mail server accepted it; every attempt carries the same
 * Message-ID. A node that stops between the two leaves the claim to
 * expire, and the message is sent again: at least once, and twice only in that gap.
 */
@Component
class NotificationDispatcher {
    static final String KIND_HEADER = "X-TIBS-Notification";
    private static final Logger log = LoggerFactory.getLogger(NotificationDispatcher.class);

    private final OutboxClaims claims;
    private final JavaMailSender mail;
    private final NotificationSettings settings;
    private final String node = "dispatcher-" + UUID.randomUUID();

    NotificationDispatcher(OutboxClaims claims, JavaMailSender mail, NotificationSettings settings) {
        this.claims = claims;
        this.mail = mail;
        this.settings = settings;
    }

    /** Sends every message due now, batch after batch; returns how many the mail server accepted. */
    @Scheduled(initialDelayString = "${tibs.notifications.poll-interval}",
            fixedDelayString = "${tibs.notifications.poll-interval}")
    int dispatchDue() {
        int sent = 0;
        for (var batch = claims.claimDue(node); !batch.isEmpty(); batch = claims.claimDue(node)) {
            for (Notification notification : batch) {
                sent += send(notification) ? 1 : 0;
            }
        }
        return sent;
    }

    private boolean send(Notification notification) {
        if (!claims.renew(notification.getId(), node)) {
            log.info("Notification {} skipped: its claim passed to another node while earlier ones were sent",
                    notification.getId());
            return false;
        }
        try {
            mail.send(mimeMessageOf(notification));
            claims.sent(notification.getId(), node);
            return true;
        } catch (MailException | MessagingException e) {
            log.warn("Notification {} not sent (attempt {}): {}", notification.getId(),
                    notification.getAttempts() + 1, e.getMessage());
            claims.failed(notification.getId(), node, e.getMessage());
            return false;
        }
    }

    private MimeMessage mimeMessageOf(Notification notification) throws MessagingException {
        var message = mail.createMimeMessage();
        var helper = new MimeMessageHelper(message, false, "UTF-8");
        helper.setFrom(settings.sender());
        helper.setTo(notification.getRecipient());
        helper.setSubject(notification.getSubject());
        helper.setText(notification.getBody());
        // Kept by JavaMailSenderImpl through saveChanges(): every attempt is recognisably the same message.
        message.setHeader("Message-ID", notification.getMessageId());
        message.setHeader("Content-Language", notification.getLanguage());
        // Lets brokers sort their mail by kind, and tests tell messages apart in any language.
        message.setHeader(KIND_HEADER, notification.getKind().name());
        return message;
    }
}
