package eu.tibs.matching;

import java.util.List;
import java.util.UUID;

/**
 * Ranked candidates for one company, with the weights used.
 *
 * @param candidatesScored how many profiles were scored exactly to find them
 */
public record Shortlist(UUID companyId, MatchingWeights weights, List<Candidate> candidates, int candidatesScored) {

    public Shortlist {
        candidates = List.copyOf(candidates);
    }

    public boolean isEmpty() {
        return candidates.isEmpty();
    }
}
