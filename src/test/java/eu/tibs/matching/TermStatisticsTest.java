package eu.tibs.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TermStatisticsTest {
    private final MatchingEngine engine = new MatchingEngine();

    @AfterEach
    void close() {
        engine.close();
    }

    @Test
    void aWordGrownCommonSinceTheBuildWeighsLessOnceTheWeightsAreTakenAnew() {
        var buyer = ProfileBuilder.in("PL").needs("PROCUREMENT", "wooden pallets with humidity sensors").build();
        var palletMaker = ProfileBuilder.in("DE").offers("OPERATIONS", "wooden pallets").build();
        var sensorMaker = ProfileBuilder.in("DK").offers("OPERATIONS", "humidity sensors").build();
        engine.rebuild(List.of(buyer, palletMaker, sensorMaker));
        var palletSellersAtHome = new ArrayList<MatchProfile>();
        for (int i = 0; i < 20; i++) {
            palletSellersAtHome.add(ProfileBuilder.in("PL").offers("OPERATIONS", "wooden pallets").build());
        }
        palletSellersAtHome.forEach(engine::upsert);

        assertThat(scoreOf(palletMaker, buyer)).isPositive().isEqualTo(scoreOf(sensorMaker, buyer));
        assertThat(engine.reweighIfAged()).isTrue();
        assertThat(scoreOf(palletMaker, buyer)).isLessThan(scoreOf(sensorMaker, buyer));
        assertThat(engine.reweighIfAged()).isFalse();
    }

    @Test
    void readingTheSameProfileAgainIsNoChange() {
        var buyer = ProfileBuilder.in("PL").needs("PROCUREMENT", "pallets").build();
        engine.rebuild(List.of(buyer));

        engine.upsert(buyer);

        assertThat(engine.reweighIfAged()).isFalse();
    }

    /** The candidate's score, 0 when it is not shortlisted. */
    private double scoreOf(MatchProfile candidate, MatchProfile company) {
        return engine.shortlist(ShortlistRequest.of(company, MatchingWeights.defaults(), List.of(), 10)).candidates().stream()
                .filter(scored -> scored.companyId().equals(candidate.companyId()))
                .mapToDouble(Candidate::score).findFirst().orElse(0);
    }
}
