package eu.tibs.notification;

/** Where a message in the outbox stands. */
enum NotificationStatus {
    /** Waiting for its first or next attempt. */
    PENDING,
    /** The mail server accepted it. */
    SENT,
    /** Every attempt failed; a coordinator may retry it. */
    FAILED
}
