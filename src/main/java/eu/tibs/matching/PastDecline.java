package eu.tibs.matching;

import java.util.Objects;
import java.util.UUID;

/** A declined proposal of candidateId to companyId, with the reason and what the candidate looked like then. */
public record PastDecline(UUID companyId, UUID candidateId, DeclineReason reason, CandidateFeatures candidate) {

    public PastDecline {
        Objects.requireNonNull(companyId, "companyId");
        Objects.requireNonNull(candidateId, "candidateId");
        reason = reason == null ? DeclineReason.OTHER : reason;
    }

    boolean concernsPair(UUID one, UUID other) {
        return companyId.equals(one) && candidateId.equals(other) || companyId.equals(other) && candidateId.equals(one);
    }
}
