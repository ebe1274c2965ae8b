package eu.tibs.casefile;

import java.time.Instant;
import java.util.UUID;

/** A brokerage case as the API shows it. */
record CaseView(UUID id, UUID companyId, String homeRegion, CaseStage stage, Instant openedAt, Instant updatedAt,
                Instant closedAt, String closeReason) {

    static CaseView of(BrokerageCase c) {
        return new CaseView(c.getId(), c.getCompanyId(), c.getHomeRegion(), c.getStage(), c.getOpenedAt(),
                c.getUpdatedAt(), c.getClosedAt(), c.getCloseReason());
    }
}
