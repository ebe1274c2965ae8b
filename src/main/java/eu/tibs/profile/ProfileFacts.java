package eu.tibs.profile;

import java.util.List;
import java.util.Set;

/** What the needs analysis records about a company. */
public record ProfileFacts(Integer readiness, List<ValueChainEntry> valueChain, Set<String> s3Domains,
                           Set<String> cooperationTypes, Set<String> targetCountries) {
}
