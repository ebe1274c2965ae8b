package eu.tibs.security;

import java.util.Set;
import java.util.UUID;

/**
 * Tells whether brokers of some regions take part in another region's case, as counterparts of a proposal. The
 * feature that sends proposals implements it; the region rule asks every implementation.
 */
public interface CrossBorderParticipation {
    boolean caseTakesPartWith(UUID caseId, Set<String> regions);

    boolean companyTakesPartWith(UUID companyId, Set<String> regions);
}
