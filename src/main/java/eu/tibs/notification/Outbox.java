package eu.tibs.notification;

import java.time.Clock;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Writes messages into the outbox. Only inside the transaction of the step that causes them: if the step rolls back,
 * so does its message, and no message is sent for a step that did not happen.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
class Outbox {
    private final NotificationRepository notifications;
    private final NotificationTemplates templates;
    private final Clock clock;

    Outbox(NotificationRepository notifications, NotificationTemplates templates, Clock clock) {
        this.notifications = notifications;
        this.templates = templates;
        this.clock = clock;
    }

    void write(Message message) {
        var text = templates.render(message.kind(), message.language(), message.values());
        notifications.save(new Notification(message, text, clock.instant()));
    }
}
