package eu.tibs.companylink;

import java.time.Instant;
import java.util.UUID;

/** What a genuine link names: a company in one of its cases, and until when the link opens. */
public record CompanyLink(UUID caseId, UUID companyId, Instant expiresAt) {

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }
}
