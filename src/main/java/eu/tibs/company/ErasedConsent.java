package eu.tibs.company;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A consent an erased company's contact had given, kept without the person: what the processing rested on. */
@Entity
@Table(name = "erased_consent")
class ErasedConsent {
    @Id
    private UUID id;
    private UUID companyId;
    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;
    private String textVersion;
    private Instant givenAt;
    private Instant erasedAt;

    protected ErasedConsent() {
    }

    ErasedConsent(UUID companyId, Consent consent, Instant erasedAt) {
        this.id = UUID.randomUUID();
        this.companyId = companyId;
        this.purpose = consent.getPurpose();
        this.textVersion = consent.getTextVersion();
        this.givenAt = consent.getGivenAt();
        this.erasedAt = erasedAt;
    }

    ConsentPurpose getPurpose() {
        return purpose;
    }

    String getTextVersion() {
        return textVersion;
    }

    Instant getGivenAt() {
        return givenAt;
    }
}
