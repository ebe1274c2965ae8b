package eu.tibs.company;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A contact person's consent: for what, to which version of the consent text, and when. */
@Entity
@Table(name = "consent")
public class Consent {
    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private ConsentPurpose purpose;
    private String textVersion;
    private Instant givenAt;

    protected Consent() {
    }

    Consent(ConsentPurpose purpose, String textVersion, Instant givenAt) {
        this.id = UUID.randomUUID();
        this.purpose = purpose;
        this.textVersion = textVersion;
        this.givenAt = givenAt;
    }

    public ConsentPurpose getPurpose() {
        return purpose;
    }

    public String getTextVersion() {
        return textVersion;
    }

    public Instant getGivenAt() {
        return givenAt;
    }
}
