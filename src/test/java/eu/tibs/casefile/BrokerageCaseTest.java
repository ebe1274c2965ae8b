package eu.tibs.casefile;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BrokerageCaseTest {
    private static final Instant OPENED = Instant.parse("2026-03-01T08:00:00Z");
    private static final Instant LATER = OPENED.plusSeconds(3600);

    @Test
    void aNewCaseStartsAtIntake() {
        var brokerageCase = new BrokerageCase(UUID.randomUUID(), "LT-KAUNAS", OPENED);
        assertThat(brokerageCase.getStage()).isEqualTo(CaseStage.INTAKE);
        assertThat(brokerageCase.getClosedAt()).isNull();
    }

    @Test
    void closingRecordsOutcomeReasonAndTime() {
        var brokerageCase = new BrokerageCase(UUID.randomUUID(), "LT-KAUNAS", OPENED);
        brokerageCase.close(CaseStage.REJECTED, "Large company seeking customers", LATER);
        assertThat(brokerageCase.getStage()).isEqualTo(CaseStage.REJECTED);
        assertThat(brokerageCase.getCloseReason()).isEqualTo("Large company seeking customers");
        assertThat(brokerageCase.getClosedAt()).isEqualTo(LATER);
    }

    @Test
    void aClosedCaseMovesNoMore() {
        var brokerageCase = new BrokerageCase(UUID.randomUUID(), "LT-KAUNAS", OPENED);
        brokerageCase.close(CaseStage.WITHDRAWN, "No time", LATER);
        assertThatThrownBy(() -> brokerageCase.moveTo(CaseStage.NEEDS_ANALYSIS, LATER))
                .isInstanceOf(IllegalStateException.class);
    }
}
