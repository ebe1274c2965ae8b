package eu.tibs.casefile;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CaseErasureTest {
    private static final Instant OPENED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant ERASED = OPENED.plusSeconds(86_400);

    @Test
    void erasureWithdrawsAnOpenCase() {
        var brokerageCase = new BrokerageCase(UUID.randomUUID(), "PL-PODLASKIE", OPENED);
        brokerageCase.moveTo(CaseStage.NEEDS_ANALYSIS, OPENED);
        brokerageCase.endForErasure("erased on request", ERASED);
        assertThat(brokerageCase.getStage()).isEqualTo(CaseStage.WITHDRAWN);
        assertThat(brokerageCase.getClosedAt()).isEqualTo(ERASED);
        assertThat(brokerageCase.getCloseReason()).isEqualTo("erased on request");
    }

    @Test
    void erasureKeepsAClosedCasesOutcomeButNotTheReasonABrokerWrote() {
        var brokerageCase = new BrokerageCase(UUID.randomUUID(), "PL-PODLASKIE", OPENED);
        brokerageCase.close(CaseStage.REJECTED, "Jan Kowalski runs a large company", OPENED);
        brokerageCase.endForErasure("erased on request", ERASED);
        assertThat(brokerageCase.getStage()).isEqualTo(CaseStage.REJECTED);
        assertThat(brokerageCase.getClosedAt()).isEqualTo(OPENED);
        assertThat(brokerageCase.getCloseReason()).isNull();
        assertThat(brokerageCase.getHomeRegion()).isEqualTo("PL-PODLASKIE");
    }
}
