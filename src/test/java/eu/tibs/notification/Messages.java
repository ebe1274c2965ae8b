package eu.tibs.notification;

import java.util.Map;

/** Messages for tests that are about the outbox rather than about a step of the lifecycle. */
final class Messages {
    private Messages() {
    }

    static Message toBroker(String recipient) {
        return new Message(NotificationKind.BROKER_CASE_WAITING, recipient, "en", Map.of("caseId", "c-1",
                "companyName", "Test Company", "stage", "INTAKE", "tasklistUrl", "http://tasklist"), null, null, null);
    }
}
