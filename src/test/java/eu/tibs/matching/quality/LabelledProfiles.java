package eu.tibs.matching.quality;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import eu.tibs.matching.MatchProfile;

/** Generated profiles with, for each company that has planted partners, the ids of those partners. */
public record LabelledProfiles(List<MatchProfile> profiles, Map<UUID, Set<UUID>> partners) {
}
