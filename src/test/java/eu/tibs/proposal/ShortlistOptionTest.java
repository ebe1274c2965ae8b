package eu.tibs.proposal;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import eu.tibs.matching.Candidate;
import eu.tibs.matching.CandidateFeatures;
import eu.tibs.matching.Criterion;
import eu.tibs.matching.CriterionScore;
import eu.tibs.matching.Explanation;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ShortlistOptionTest {
    private static final UUID LASER_CUTTER = UUID.randomUUID();

    private static Candidate candidate(CriterionScore... criteria) {
        var explanation = new Explanation(List.of(criteria));
        return new Candidate(LASER_CUTTER, "DK", "DK-SOUTHERN", explanation.total(), explanation,
                new CandidateFeatures("DK", "SMALL", Set.of("25"), Set.of("laser")));
    }

    @Test
    void theLabelCarriesRankScoreRegionAndPointsPerCriterion() {
        var option = ShortlistOption.of(2, candidate(
                new CriterionScore(Criterion.NEEDS_MET, 0.4, List.of("their OPERATIONS offer 'laser cutting' meets "
                        + "your PROCUREMENT need 'metal parts cutting'")),
                new CriterionScore(Criterion.LANGUAGE, 0.03, List.of("both speak en"))));

        assertThat(option.value()).isEqualTo(LASER_CUTTER.toString());
        assertThat(option.score()).isEqualTo(43);
        assertThat(option.label()).isEqualTo(
                "#2 · 43/100 · DK-SOUTHERN · Their offers meet your needs +40 · Common language +3");
        assertThat(option.criteria().get(0).evidence()).containsExactly(
                "their OPERATIONS offer \\'laser cutting\\' meets your PROCUREMENT need \\'metal parts cutting\\'");
    }

    @Test
    void aResemblanceToADeclinedCandidateShowsAsMinusPoints() {
        var option = ShortlistOption.of(1, candidate(
                new CriterionScore(Criterion.NEEDS_MET, 0.5, List.of()),
                new CriterionScore(Criterion.PAST_DECLINES, -0.15, List.of("resembles a candidate declined as wrong size"))));

        assertThat(option.score()).isEqualTo(35);
        assertThat(option.criteria()).extracting(ShortlistOption.Reason::points).containsExactly("+50", "-15");
    }
}
