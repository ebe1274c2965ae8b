package eu.tibs.needs;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Who assessed a case's needs and when, and the second broker's check of it if one was asked for. */
@Entity
@Table(name = "needs_assessment")
class NeedsAssessment {
    @Id
    private UUID id;
    private UUID caseId;
    private String assessedBy;
    private Instant assessedAt;
    private boolean fourEyes;
    private String checkedBy;
    private Instant checkedAt;
    private Boolean approved;
    private String checkComment;

    protected NeedsAssessment() {
    }

    NeedsAssessment(UUID caseId, String assessedBy, boolean fourEyes, Instant now) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.assessedBy = assessedBy;
        this.assessedAt = now;
        this.fourEyes = fourEyes;
    }

    void check(String by, boolean approve, String comment, Instant now) {
        checkedBy = by;
        checkedAt = now;
        approved = approve;
        checkComment = comment;
    }

    String getAssessedBy() {
        return assessedBy;
    }
}
