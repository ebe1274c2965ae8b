package eu.tibs.proposal;

import java.time.Instant;
import java.util.UUID;

import eu.tibs.matching.Candidate;
import eu.tibs.matching.DeclineReason;
import eu.tibs.matching.MatchingWeights;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One candidate partner of a case: shortlisted, picked, proposed to the counterpart broker and answered. */
@Entity
@Table(name = "proposal")
public class Proposal {
    @Id
    private UUID id;
    private UUID caseId;
    private UUID homeCompanyId;
    private UUID candidateCompanyId;
    private String candidateRegion;
    private int shortlistRank;
    private int score;
    private String explanation;
    @Convert(converter = WeightsColumn.class)
    private MatchingWeights weights;
    @Enumerated(EnumType.STRING)
    private ProposalStatus status;
    private Instant shortlistedAt;
    private String pickedBy;
    private Instant sentAt;
    private Instant remindedAt;
    private Instant escalatedAt;
    private Instant answeredAt;
    private String declinedBy;
    @Enumerated(EnumType.STRING)
    private DeclineReason declineReason;
    private String declineNote;
    @Version
    private long version;

    protected Proposal() {
    }

    Proposal(UUID caseId, UUID homeCompanyId, Candidate candidate, int rank, MatchingWeights weights, Instant now) {
        this.id = UUID.randomUUID();
        this.caseId = caseId;
        this.homeCompanyId = homeCompanyId;
        this.candidateCompanyId = candidate.companyId();
        this.candidateRegion = candidate.regionCode();
        this.shortlistRank = rank;
        this.score = ShortlistOption.percent(candidate.score());
        this.explanation = candidate.explanation().render();
        this.weights = weights;
        this.status = ProposalStatus.SHORTLISTED;
        this.shortlistedAt = now;
    }

    void pick(boolean picked, String by) {
        moveTo(picked ? ProposalStatus.QUEUED : ProposalStatus.DISCARDED);
        pickedBy = picked ? by : null;
    }

    void send(Instant now) {
        moveTo(ProposalStatus.SENT);
        sentAt = now;
    }

    void remind(Instant now) {
        remindedAt = now;
    }

    void escalate(Instant now) {
        escalatedAt = now;
    }

    void counterpartAgreed(Instant now) {
        moveTo(ProposalStatus.COUNTERPART_AGREED);
        answeredAt = now;
    }

    void match() {
        moveTo(ProposalStatus.MATCHED);
    }

    void decline(String party, DeclineReason reason, String note, Instant now) {
        moveTo(ProposalStatus.DECLINED);
        declinedBy = party;
        declineReason = reason;
        declineNote = note;
        answeredAt = now;
    }

    void cancel() {
        moveTo(ProposalStatus.CANCELLED);
    }

    private void moveTo(ProposalStatus next) {
        if (!status.leadsTo(next)) {
            throw new ProposalTransitionRefused(id, status, next);
        }
        status = next;
    }

    public UUID getId() {
        return id;
    }

    public UUID getCaseId() {
        return caseId;
    }

    public UUID getHomeCompanyId() {
        return homeCompanyId;
    }

    public UUID getCandidateCompanyId() {
        return candidateCompanyId;
    }

    public String getCandidateRegion() {
        return candidateRegion;
    }

    public int getShortlistRank() {
        return shortlistRank;
    }

    public int getScore() {
        return score;
    }

    public String getExplanation() {
        return explanation;
    }

    /** The weights of the shortlist this candidate was on; null for shortlists made before they were recorded. */
    public MatchingWeights getWeights() {
        return weights;
    }

    public ProposalStatus getStatus() {
        return status;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public DeclineReason getDeclineReason() {
        return declineReason;
    }

    public String getDeclinedBy() {
        return declinedBy;
    }
}
