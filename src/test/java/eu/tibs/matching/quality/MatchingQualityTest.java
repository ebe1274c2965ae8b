package eu.tibs.matching.quality;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MatchingQualityTest {

    @Test
    void ranksPlantedPartnersFarAboveWhatKeywordOverlapFinds() {
        var report = QualityEvaluation.evaluate(new ProfileGenerator(42).generate(2000));
        System.out.print(report.table());

        assertThat(report.queries()).isGreaterThan(1000);
        assertThat(report.tibs().recallAt10()).isGreaterThan(report.baseline().recallAt10() + 0.4);
        assertThat(report.tibs().ndcgAt10()).isGreaterThan(report.baseline().ndcgAt10() + 0.4);
        assertThat(report.tibs().precisionAt5()).isGreaterThan(3 * report.baseline().precisionAt5());
    }

    @Test
    void generatesTheSameProfilesFromTheSameSeed() {
        assertThat(new ProfileGenerator(5).generate(300)).isEqualTo(new ProfileGenerator(5).generate(300));
    }
}
