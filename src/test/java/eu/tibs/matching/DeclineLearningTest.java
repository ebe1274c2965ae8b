package eu.tibs.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeclineLearningTest {
    private final MatchingEngine engine = new MatchingEngine();
    private final MatchProfile furniture = Profiles.polishFurnitureMaker().build();
    private final MatchProfile smallLaser = Profiles.danishLaserCutter().size("SMALL").build();
    private final MatchProfile otherSmallLaser = Profiles.danishLaserCutter().size("SMALL").build();
    private final MatchProfile mediumLaser = Profiles.danishLaserCutter().size("MEDIUM").nace("28.41").build();

    @AfterEach
    void close() {
        engine.close();
    }

    private Shortlist shortlist(List<PastDecline> declines) {
        engine.rebuild(List.of(furniture, smallLaser, otherSmallLaser, mediumLaser));
        return engine.shortlist(ShortlistRequest.of(furniture, MatchingWeights.defaults(), declines, 10));
    }

    private PastDecline decline(MatchProfile candidate, DeclineReason reason) {
        var features = shortlist(List.of()).candidates().stream()
                .filter(c -> c.companyId().equals(candidate.companyId())).findFirst().orElseThrow().features();
        return new PastDecline(furniture.companyId(), candidate.companyId(), reason, features);
    }

    private static double scoreOf(Shortlist shortlist, MatchProfile candidate) {
        return shortlist.candidates().stream().filter(c -> c.companyId().equals(candidate.companyId()))
                .findFirst().orElseThrow().score();
    }

    private static List<UUID> idsOf(Shortlist shortlist) {
        return shortlist.candidates().stream().map(Candidate::companyId).toList();
    }

    @Test
    void aDeclinedPairNeverComesBack() {
        var declined = List.of(decline(smallLaser, DeclineReason.NOT_INTERESTED_NOW));

        assertThat(idsOf(shortlist(declined))).doesNotContain(smallLaser.companyId()).hasSize(2);
    }

    @Test
    void aPairDeclinedByTheOtherSideNeverComesBackEither() {
        var theirDecline = new PastDecline(smallLaser.companyId(), furniture.companyId(), DeclineReason.NO_CAPACITY, null);

        assertThat(idsOf(shortlist(List.of(theirDecline)))).doesNotContain(smallLaser.companyId());
    }

    @Test
    void aDeclinedPairComesBackWhenTheBrokerAsks() {
        var declined = List.of(decline(smallLaser, DeclineReason.NOT_INTERESTED_NOW));
        var request = ShortlistRequest.of(furniture, MatchingWeights.defaults(), declined, 10).includingDeclined();

        assertThat(idsOf(engine.shortlist(request))).contains(smallLaser.companyId());
    }

    @Test
    void wrongSizeLowersCandidatesOfTheSameSizeOnly() {
        var before = shortlist(List.of());
        var after = shortlist(List.of(decline(smallLaser, DeclineReason.WRONG_SIZE)));

        var penalty = 1 - MatchingWeights.defaults().declinePenalty();
        assertThat(scoreOf(after, otherSmallLaser)).isCloseTo(scoreOf(before, otherSmallLaser) * penalty,
                offset(1e-9));
        assertThat(scoreOf(after, mediumLaser)).isEqualTo(scoreOf(before, mediumLaser));
        assertThat(after.candidates().stream().filter(c -> c.companyId().equals(otherSmallLaser.companyId()))
                .findFirst().orElseThrow().explanation().render())
                .contains("Similar to declined proposals").contains("resembles a candidate declined as wrong size");
    }

    @Test
    void notRelevantLowersCandidatesMatchedOnTheSameTerms() {
        var before = shortlist(List.of());
        var after = shortlist(List.of(decline(smallLaser, DeclineReason.NOT_RELEVANT)));

        assertThat(scoreOf(after, otherSmallLaser)).isLessThan(scoreOf(before, otherSmallLaser));
        assertThat(scoreOf(after, mediumLaser)).isLessThan(scoreOf(before, mediumLaser));
    }

    @Test
    void notInterestedNowLowersNoOtherCandidate() {
        var before = shortlist(List.of());
        var after = shortlist(List.of(decline(smallLaser, DeclineReason.NOT_INTERESTED_NOW)));

        assertThat(scoreOf(after, otherSmallLaser)).isEqualTo(scoreOf(before, otherSmallLaser));
    }
}
