package eu.tibs.feedback;

import java.time.Instant;
import java.util.UUID;

import eu.tibs.feedback.FeedbackProcess.Outcome;
import eu.tibs.feedback.FeedbackProcess.Respondent;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One answer about a case's outcome: right after the pilot (month 0) or at a follow-up (3, 6, 12). */
@Entity
@Table(name = "feedback")
class Feedback {
    @Id
    private UUID id;
    private UUID caseId;
    @Enumerated(EnumType.STRING)
    private Respondent respondent;
    private int monthsAfter;
    private Integer serviceRating;
    private Integer partnershipRating;
    @Enumerated(EnumType.STRING)
    private Outcome outcome;
    private String agreementType;
    private String comment;
    private String recordedBy;
    private Instant givenAt;

    protected Feedback() {
    }

    Feedback(UUID caseId, Respondent respondent, int monthsAfter, Answer answer, String recordedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.respondent = respondent;
        this.monthsAfter = monthsAfter;
        this.serviceRating = answer.serviceRating();
        this.partnershipRating = answer.partnershipRating();
        this.outcome = answer.outcome();
        this.agreementType = answer.agreementType();
        this.comment = answer.comment();
        this.recordedBy = recordedBy;
        this.givenAt = now;
    }

    /** What a feedback or follow-up form captured; ratings are absent at follow-ups. */
    record Answer(Integer serviceRating, Integer partnershipRating, Outcome outcome, String agreementType,
                  String comment) {
    }
}
