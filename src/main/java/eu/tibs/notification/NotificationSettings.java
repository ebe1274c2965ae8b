package eu.tibs.notification;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notifications are sent.
 *
 * @param sender        the From address of every message
 * @param tasklistUrl   where brokers and coordinators find their work, named in their messages
 * @param pollInterval  how often a node looks for messages due
 * @param batchSize     how many messages a node claims at a time
 * @param claim         how long a claimed message is left to its node; longer than the slowest SMTP conversation
 * @param maxAttempts   attempts before a message is marked failed for coordinators
 * @param firstRetry    the wait after the first failure; it doubles with every further failure
 * @param maxRetry      the longest wait between two attempts
 * @param mailbox       the folder messages are written to as .eml files when no SMTP host is configured
 */
@ConfigurationProperties("tibs.notifications")
record NotificationSettings(String sender, String tasklistUrl, Duration pollInterval, int batchSize, Duration claim,
                            int maxAttempts, Duration firstRetry, Duration maxRetry, Path mailbox) {

    /** The wait after the given number of failed attempts. */
    Duration retryAfter(int failedAttempts) {
        var wait = firstRetry.multipliedBy(1L << Math.min(failedAttempts - 1, 20));
        return wait.compareTo(maxRetry) > 0 ? maxRetry : wait;
    }
}
