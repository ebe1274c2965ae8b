package eu.tibs.privacy;

import java.time.Instant;
import java.util.UUID;

/** An erasure as the API shows it. */
record ErasureView(UUID companyId, ErasureReason reason, String requestedBy, Instant erasedAt) {

    static ErasureView of(Erasure erasure) {
        return new ErasureView(erasure.getCompanyId(), erasure.getReason(), erasure.getRequestedBy(),
                erasure.getErasedAt());
    }
}
