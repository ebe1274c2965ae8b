package eu.tibs.audit;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** One line of the audit trail: who did what to which company, profile or case, when, and how it was answered. */
@Entity
@Immutable
@Table(name = "audit_entry")
class AuditEntry {
    @Id
    private UUID id;
    private Instant occurredAt;
    private String userId;
    @Enumerated(EnumType.STRING)
    private AuditAction action;
    @Enumerated(EnumType.STRING)
    private SubjectType subjectType;
    private UUID subjectId;
    private String region;
    private int status;

    protected AuditEntry() {
    }

    Instant getOccurredAt() {
        return occurredAt;
    }

    String getUserId() {
        return userId;
    }

    AuditAction getAction() {
        return action;
    }

    SubjectType getSubjectType() {
        return subjectType;
    }

    UUID getSubjectId() {
        return subjectId;
    }

    String getRegion() {
        return region;
    }

    int getStatus() {
        return status;
    }
}
