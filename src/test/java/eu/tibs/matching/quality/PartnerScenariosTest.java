package eu.tibs.matching.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The goals of issue 15 on the hand-written partner searches: partners first, competitors below them. */
class PartnerScenariosTest {

    @Test
    void ranksTruePartnersFirstAndWellAboveTwoSidedBm25() {
        var report = ScenarioEvaluation.evaluate(false);
        System.out.print(report.table());

        assertThat(report.tibs().ndcgAt10()).isGreaterThanOrEqualTo(0.95);
        assertThat(report.tibs().mrr()).isGreaterThanOrEqualTo(0.97);
        assertThat(report.tibs().ndcgAt10()).isGreaterThanOrEqualTo(report.bm25().ndcgAt10() + 0.05);
        assertThat(report.tibs().competitorAbovePartner()).isLessThan(0.1);
        assertThat(report.tibs().withSameCountry()).isZero();
    }
}
