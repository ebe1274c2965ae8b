package eu.tibs.casefile;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One company's brokerage case, owned by the brokers of its home region. */
@Entity
@Table(name = "brokerage_case")
public class BrokerageCase {
    @Id
    private UUID id;
    private UUID companyId;
    private String homeRegion;
    @Enumerated(EnumType.STRING)
    private CaseStage stage;
    private Instant openedAt;
    private Instant updatedAt;
    private Instant closedAt;
    private String closeReason;
    @Version
    private long version;

    protected BrokerageCase() {
    }

    BrokerageCase(UUID companyId, String homeRegion, Instant now) {
        this.id = UUID.randomUUID();
        this.companyId = companyId;
        this.homeRegion = homeRegion;
        this.stage = CaseStage.INTAKE;
        this.openedAt = now;
        this.updatedAt = now;
    }

    void moveTo(CaseStage next, Instant now) {
        if (stage.isClosed()) {
            throw new IllegalStateException("Case " + id + " is closed (" + stage + ")");
        }
        stage = next;
        updatedAt = now;
    }

    void close(CaseStage outcome, String reason, Instant now) {
        moveTo(outcome, now);
        closedAt = now;
        closeReason = reason;
    }

    /**
     * Erasure on request: an open case is withdrawn; a closed case loses its close reason, which a broker wrote and
     * which may name people. Stage, region and times stay for statistics.
     */
    void endForErasure(String withdrawalReason, Instant now) {
        if (stage.isClosed()) {
            closeReason = null;
        } else {
            close(CaseStage.WITHDRAWN, withdrawalReason, now);
        }
    }

    public UUID getId() {
        return id;
    }

    public UUID getCompanyId() {
        return companyId;
    }

    public String getHomeRegion() {
        return homeRegion;
    }

    public CaseStage getStage() {
        return stage;
    }

    public Instant getOpenedAt() {
        return openedAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public long getVersion() {
        return version;
    }
}
