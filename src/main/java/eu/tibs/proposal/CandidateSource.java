package eu.tibs.proposal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.tibs.profile.CooperationProfile;

/**
 * Where match candidates come from: the port the matching engine implements. Candidates are companies in other
 * countries than the profile's own, best first, never one of {@code excluded} (declined or already proposed).
 */
public interface CandidateSource {

    /**
     * @param widened the broker widened the search: target countries no longer restrict the candidates
     */
    List<Candidate> shortlist(CooperationProfile profile, Set<UUID> excluded, boolean widened, int limit);

    /** A candidate partner with its score (0-100) and why it matched, in words a broker reads; no personal data. */
    record Candidate(UUID companyId, String regionCode, int score, String explanation) {
    }
}
