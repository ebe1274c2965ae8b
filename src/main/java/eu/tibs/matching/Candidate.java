package eu.tibs.matching;

import java.util.UUID;

/**
 * A company proposed as a partner, with its score and the explanation a broker reads. Its features are
 * what to keep with a decline of this candidate ({@link PastDecline}).
 */
public record Candidate(
        UUID companyId, String country, String regionCode, double score, Explanation explanation, CandidateFeatures features) {
}
