package eu.tibs.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import eu.tibs.matching.quality.ProfileGenerator;

class MatchingEngineTest {
    private final MatchingEngine engine = new MatchingEngine();

    @AfterEach
    void close() {
        engine.close();
    }

    private Shortlist shortlistFor(MatchProfile profile, MatchProfile... others) {
        var all = new ArrayList<>(List.of(others));
        all.add(profile);
        engine.rebuild(all);
        return engine.shortlist(ShortlistRequest.of(profile, MatchingWeights.defaults(), List.of(), 10));
    }

    private static List<UUID> idsOf(Shortlist shortlist) {
        return shortlist.candidates().stream().map(Candidate::companyId).toList();
    }

    @Test
    void ranksATwoSidedMatchAboveAOneSidedOne() {
        var furniture = Profiles.polishFurnitureMaker().build();
        var laser = Profiles.danishLaserCutter().build();
        var waterjet = Profiles.germanWaterjetCutter().build();

        var shortlist = shortlistFor(furniture, laser, waterjet);

        assertThat(idsOf(shortlist)).containsExactly(laser.companyId(), waterjet.companyId());
    }

    @Test
    void neverProposesACompanyFromTheSameCountry() {
        var furniture = Profiles.polishFurnitureMaker().build();
        var polishLaser = ProfileBuilder.in("PL").offers("OPERATIONS", "laser cutting of metal parts")
                .needs("PROCUREMENT", "upholstered furniture").build();
        var laser = Profiles.danishLaserCutter().build();

        var shortlist = shortlistFor(furniture, polishLaser, laser);

        assertThat(idsOf(shortlist)).containsExactly(laser.companyId());
    }

    @Test
    void explainsWhichOfferMeetsWhichNeed() {
        var furniture = Profiles.polishFurnitureMaker().build();
        var laser = Profiles.danishLaserCutter().build();

        var explanation = shortlistFor(furniture, laser).candidates().get(0).explanation();

        assertThat(explanation.criteria()).extracting(CriterionScore::criterion)
                .contains(Criterion.NEEDS_MET, Criterion.NEEDS_SERVED, Criterion.LANGUAGE, Criterion.SIZE);
        assertThat(explanation.render())
                .contains("their OPERATIONS offer 'laser cutting of metal parts' meets your PROCUREMENT need 'metal parts cutting' on metal, part, cut (100%)")
                .contains("your OPERATIONS offer 'upholstered furniture' meets their PROCUREMENT need 'upholstered furniture' on upholst, furnitur (100%)")
                .contains("you both speak en");
    }

    @Test
    void explanationAddsUpToTheScore() {
        var furniture = Profiles.polishFurnitureMaker().build();
        var candidate = shortlistFor(furniture, Profiles.danishLaserCutter().build()).candidates().get(0);

        assertThat(candidate.explanation().total()).isCloseTo(candidate.score(), offset(1e-9));
    }

    @Test
    void matchesDifferentWordingThroughStemmingAndSynonyms() {
        var shipper = ProfileBuilder.in("LT").needs("OUTBOUND-LOGISTICS", "road haulage to Germany").build();
        var carrier = ProfileBuilder.in("DE").offers("OUTBOUND-LOGISTICS", "freight transport by road").build();
        var printer = ProfileBuilder.in("DE").offers("OPERATIONS", "offset printing").build();

        var shortlist = shortlistFor(shipper, carrier, printer);

        assertThat(shortlist.candidates().get(0).companyId()).isEqualTo(carrier.companyId());
        assertThat(shortlist.candidates().get(0).explanation().criteria().get(0).criterion()).isEqualTo(Criterion.NEEDS_MET);
    }

    @Test
    void seesUpsertsAndRemovalsAtTheNextShortlist() {
        var furniture = Profiles.polishFurnitureMaker().build();
        engine.rebuild(List.of(furniture));
        var laser = Profiles.danishLaserCutter().build();
        var request = ShortlistRequest.of(furniture, MatchingWeights.defaults(), List.of(), 10);

        engine.upsert(laser);
        assertThat(idsOf(engine.shortlist(request))).containsExactly(laser.companyId());

        engine.remove(laser.companyId());
        assertThat(engine.shortlist(request).candidates()).isEmpty();
    }

    @Test
    void keepsAProfileUpsertedWhileTheIndexIsRebuilt() {
        var furniture = Profiles.polishFurnitureMaker().build();
        var laser = Profiles.danishLaserCutter().build();
        // The upsert arrives while the rebuild reads its profiles, as when another node saves one meanwhile
        var readWhileUpserting = new AbstractList<MatchProfile>() {
            @Override
            public MatchProfile get(int index) {
                engine.upsert(laser);
                return furniture;
            }

            @Override
            public int size() {
                return 1;
            }
        };

        engine.rebuild(readWhileUpserting);

        assertThat(engine.size()).isEqualTo(2);
        assertThat(idsOf(engine.shortlist(ShortlistRequest.of(furniture, MatchingWeights.defaults(), List.of(), 10))))
                .containsExactly(laser.companyId());
    }

    @Test
    void answersShortlistsWhileProfilesChange() {
        var profiles = new ProfileGenerator(9).generate(600).profiles();
        engine.rebuild(profiles.subList(0, 300));

        var changes = CompletableFuture.runAsync(() -> {
            profiles.subList(300, 600).forEach(engine::upsert);
            profiles.subList(0, 100).forEach(profile -> engine.remove(profile.companyId()));
        });
        profiles.subList(100, 400).parallelStream().forEach(company ->
                assertThat(engine.shortlist(ShortlistRequest.of(company, MatchingWeights.defaults(), List.of(), 10))
                        .candidates()).allSatisfy(candidate -> assertThat(candidate.country()).isNotEqualTo(company.country())));
        changes.join();

        assertThat(engine.size()).isEqualTo(500);
    }

    @Test
    void recordsTheWeightsItUsed() {
        var weights = new MatchingWeights(0.5, 0.5, 0, 0, 0, 0, 0, 0, 0, 1, 0.3, 0, 0, 0, 0);
        var furniture = Profiles.polishFurnitureMaker().build();
        engine.rebuild(List.of(furniture, Profiles.danishLaserCutter().build()));

        var shortlist = engine.shortlist(ShortlistRequest.of(furniture, weights, List.of(), 5));

        assertThat(shortlist.weights()).isEqualTo(weights);
    }
}
