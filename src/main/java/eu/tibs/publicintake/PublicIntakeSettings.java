package eu.tibs.publicintake;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the public intake.
 *
 * @param requestsPerHour requests one client address may make in an hour
 * @param maxBody         the largest request body accepted; an honest application is a few kilobytes
 */
@ConfigurationProperties("tibs.public-intake")
record PublicIntakeSettings(int requestsPerHour, DataSize maxBody) {
}
