package eu.tibs.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How many wrong passwords one client address may send before its logins are refused for a while.
 *
 * @param maxFailures failed logins an address may have within one window
 * @param window      how long failures count, and how long an address over the limit waits
 */
@ConfigurationProperties("tibs.security.login-throttle")
record LoginThrottleSettings(int maxFailures, Duration window) {
}
