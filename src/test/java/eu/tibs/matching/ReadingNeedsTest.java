package eu.tibs.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** How needs are read: for the role they name, in the language they are written in, and against competitors. */
class ReadingNeedsTest {
    private final MatchingEngine engine = new MatchingEngine();

    @AfterEach
    void close() {
        engine.close();
    }

    private List<Candidate> shortlistFor(MatchProfile company, MatchProfile... others) {
        var all = new ArrayList<>(List.of(others));
        all.add(company);
        engine.rebuild(all);
        return engine.shortlist(ShortlistRequest.of(company, MatchingWeights.defaults(), List.of(), 10)).candidates();
    }

    @Test
    void aDistributorForOurPartsWantsADistributorNotParts() {
        var machineShop = ProfileBuilder.in("PL").needs("MARKETING-SALES", "distributor for our machined aluminium parts")
                .offers("OPERATIONS", "CNC machining").build();
        var otherMachineShop = ProfileBuilder.in("DE").offers("OPERATIONS", "machined aluminium parts").build();
        var wholesaler = ProfileBuilder.in("DK").offers("MARKETING-SALES", "wholesale of industrial components").build();
        var partsBuyer = ProfileBuilder.in("FI").needs("PROCUREMENT", "machined aluminium parts").build();

        var candidates = shortlistFor(machineShop, otherMachineShop, wholesaler, partsBuyer);

        assertThat(candidates).extracting(Candidate::companyId)
                .containsExactlyInAnyOrder(wholesaler.companyId(), partsBuyer.companyId());
    }

    @Test
    void buyersOfCheeseAreCompaniesNeedingCheese() {
        var dairy = ProfileBuilder.in("LT").needs("MARKETING-SALES", "buyers of aged hard cheese").build();
        var cheeseOffer = ProfileBuilder.in("LV").offers("OPERATIONS", "aged hard cheese").build();
        var deli = ProfileBuilder.in("DK").needs("PROCUREMENT", "hard cheese").build();

        assertThat(shortlistFor(dairy, cheeseOffer, deli)).extracting(Candidate::companyId).containsExactly(deli.companyId());
    }

    @Test
    void aPolishNeedMeetsAGermanOffer() {
        var installer = ProfileBuilder.in("PL").languages("pl", "en").needs("PROCUREMENT", "falowniki").build();
        var wholesaler = ProfileBuilder.in("DE").languages("de", "en").offers("MARKETING-SALES", "Wechselrichter").build();

        var candidates = shortlistFor(installer, wholesaler);

        assertThat(candidates).extracting(Candidate::companyId).containsExactly(wholesaler.companyId());
        assertThat(candidates.get(0).explanation().render())
                .contains("their MARKETING-SALES offer 'Wechselrichter' meets your PROCUREMENT need 'falowniki' on invert");
    }

    @Test
    void aCompetitorRanksBelowAPartnerMeetingTheSameNeed() {
        var laundry = ProfileBuilder.in("PL").needs("PROCUREMENT", "industrial washing machines")
                .offers("SERVICE", "hotel linen rental").build();
        var competitor = ProfileBuilder.in("EE").needs("PROCUREMENT", "industrial washing machines")
                .offers("SERVICE", "linen rental", "industrial washing machines repair").build();
        var machineMaker = ProfileBuilder.in("DE").offers("OPERATIONS", "industrial washing machines").build();

        var candidates = shortlistFor(laundry, competitor, machineMaker);

        assertThat(candidates.get(0).companyId()).isEqualTo(machineMaker.companyId());
        assertThat(candidates.get(1).explanation().render()).contains("they also need 'industrial washing machines'");
    }

    @Test
    void aNeedBarelyMetShowsNoEvidenceAndProposesNobody() {
        var bakery = ProfileBuilder.in("LT").needs("OPERATIONS",
                "automated packing line that slices bags and labels bread with robot palletising").build();
        var softwareRobots = ProfileBuilder.in("PL").offers("TECHNOLOGY-DEVELOPMENT", "accounting software robots").build();

        assertThat(shortlistFor(bakery, softwareRobots)).isEmpty();
    }
}
