package eu.tibs.privacy;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The record that a company's personal data was erased: why, by whom (a broker), when. It names no contact. */
@Entity
@Table(name = "erasure")
class Erasure {
    @Id
    private UUID companyId;
    @Enumerated(EnumType.STRING)
    private ErasureReason reason;
    private String requestedBy;
    private Instant erasedAt;

    protected Erasure() {
    }

    Erasure(UUID companyId, ErasureReason reason, String requestedBy, Instant erasedAt) {
        this.companyId = companyId;
        this.reason = reason;
        this.requestedBy = requestedBy;
        // As the database keeps it, so that the first answer and every later one agree.
        this.erasedAt = erasedAt.truncatedTo(ChronoUnit.MICROS);
    }

    UUID getCompanyId() {
        return companyId;
    }

    ErasureReason getReason() {
        return reason;
    }

    String getRequestedBy() {
        return requestedBy;
    }

    Instant getErasedAt() {
        return erasedAt;
    }
}
