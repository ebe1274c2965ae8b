package eu.tibs.intake;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What the home broker asked an applicant during intake review, and the answer the company gave. */
@Entity
@Table(name = "information_request")
class InformationRequest {
    @Id
    private UUID id;
    private UUID caseId;
    private String question;
    private String askedBy;
    private Instant askedAt;
    private String answer;
    private String answeredBy;
    private Instant answeredAt;

    protected InformationRequest() {
    }

    InformationRequest(UUID caseId, String question, String askedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.question = question;
        this.askedBy = askedBy;
        this.askedAt = now;
    }

    void answer(String text, String by, Instant now) {
        answer = text;
        answeredBy = by;
        answeredAt = now;
    }
}
