package eu.tibs.audit;

import java.time.Instant;
import java.util.UUID;

/** An audit entry as the API shows it. */
record AuditEntryView(Instant occurredAt, String userId, AuditAction action, SubjectType subjectType,
                      UUID subjectId, String region, int status) {

    static AuditEntryView of(AuditEntry e) {
        return new AuditEntryView(e.getOccurredAt(), e.getUserId(), e.getAction(), e.getSubjectType(),
                e.getSubjectId(), e.getRegion(), e.getStatus());
    }
}
