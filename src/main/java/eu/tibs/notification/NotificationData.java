package eu.tibs.notification;

import java.util.List;
import java.util.UUID;

import eu.tibs.privacy.CompanyDataContributor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The outbox's part of a company's data: the messages to its people and about it, and those that showed its contact
 * to a partner. Erasure deletes them, sent or not; a message not sent yet is then never sent.
 */
@Component
@Transactional
class NotificationData implements CompanyDataContributor {
    private final NotificationRepository notifications;

    NotificationData(NotificationRepository notifications) {
        this.notifications = notifications;
    }

    @Override
    public String section() {
        return "notifications";
    }

    @Override
    public List<NotificationView> export(UUID companyId) {
        return notifications.findAbout(List.of(companyId)).stream().map(NotificationView::of).toList();
    }

    @Override
    public void erase(UUID companyId) {
        // In bulk, past the version: erasure wins over a node sending one of these right now.
        notifications.deleteAbout(companyId);
    }
}
