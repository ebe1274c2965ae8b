package eu.tibs.audit;

import java.time.Clock;
import java.util.UUID;

import jakarta.persistence.EntityManager;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes and searches the audit trail. */
@Service
@Transactional
class AuditTrail {
    private final EntityManager entities;
    private final AuditEntryRepository entries;
    private final Clock clock;

    AuditTrail(EntityManager entities, AuditEntryRepository entries, Clock clock) {
        this.entities = entities;
        this.entries = entries;
        this.clock = clock;
    }

    /** One insert per request: the subject's region is looked up by the insert itself. */
    void record(AuditedRequest request, String userId, int status) {
        entities.createNativeQuery("insert into audit_entry"
                        + " (id, occurred_at, user_id, action, subject_type, subject_id, region, status)"
                        + " values (:id, :occurredAt, :userId, :action, :subjectType, :subjectId, ("
                        + request.subjectType().regionQuery() + "), :status)")
                .setParameter("id", UUID.randomUUID())
                .setParameter("occurredAt", clock.instant())
                .setParameter("userId", userId)
                .setParameter("action", request.action().name())
                .setParameter("subjectType", request.subjectType().name())
                .setParameter("subjectId", request.subjectId())
                .setParameter("status", status)
                .executeUpdate();
    }

    @Transactional(readOnly = true)
    Page<AuditEntry> search(AuditSearch search, Pageable page) {
        return entries.findAll(search.toSpecification(), page);
    }
}
