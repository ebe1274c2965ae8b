package eu.tibs.matching;

import java.util.List;
import java.util.Objects;

/**
 * What to shortlist for: the company's profile, the weights, the past declines to learn from, how many
 * candidates, and whether declined pairs may come back (only when a broker asks).
 */
public record ShortlistRequest(
        MatchProfile profile, MatchingWeights weights, List<PastDecline> declines, int limit, boolean includeDeclined) {

    public ShortlistRequest {
        Objects.requireNonNull(profile, "profile");
        weights = weights == null ? MatchingWeights.defaults() : weights;
        declines = declines == null ? List.of() : List.copyOf(declines);
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
    }

    public static ShortlistRequest of(MatchProfile profile, MatchingWeights weights, List<PastDecline> declines, int limit) {
        return new ShortlistRequest(profile, weights, declines, limit, false);
    }

    public ShortlistRequest includingDeclined() {
        return new ShortlistRequest(profile, weights, declines, limit, true);
    }
}
