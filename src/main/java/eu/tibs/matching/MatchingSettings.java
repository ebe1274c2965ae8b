package eu.tibs.matching;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How matching runs; project leads tune the weights in configuration, without Java.
 *
 * @param weights         what each criterion counts; every shortlist carries the weights it was made with
 * @param refreshInterval how often a node reads profiles changed by any node into its index
 * @param shortlistSize   candidates per shortlist
 */
@ConfigurationProperties("tibs.matching")
record MatchingSettings(MatchingWeights weights, Duration refreshInterval, int shortlistSize) {
}
