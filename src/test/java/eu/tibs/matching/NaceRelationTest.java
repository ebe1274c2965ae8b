package eu.tibs.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class NaceRelationTest {
    /** Only the NACE relation counts. */
    private static final MatchingWeights NACE_ONLY = new MatchingWeights(0, 0, 0, 0, 1, 0, 0, 0, 0, 1, 0.3, 0, 0, 0, 0);

    @Test
    void ranksASupplierOrCustomerAboveTheSameClassGroupAndDivision() {
        var metalCutter = ProfileBuilder.in("PL").nace("25.62").build();
        var sameClass = ProfileBuilder.in("DK").nace("25.62").build();
        var sameGroup = ProfileBuilder.in("DK").nace("25.61").build();
        var customer = ProfileBuilder.in("DE").nace("29.10").build();
        var sameDivision = ProfileBuilder.in("DE").nace("25.11").build();
        var unrelated = ProfileBuilder.in("FI").nace("56.10").build();

        try (var engine = new MatchingEngine()) {
            engine.rebuild(List.of(metalCutter, sameClass, sameGroup, customer, sameDivision, unrelated));
            var shortlist = engine.shortlist(ShortlistRequest.of(metalCutter, NACE_ONLY, List.of(), 10));

            Map<UUID, Double> scores = shortlist.candidates().stream()
                    .collect(Collectors.toMap(Candidate::companyId, Candidate::score));
            assertThat(scores).hasSize(4).doesNotContainKey(unrelated.companyId());
            assertThat(scores.get(sameClass.companyId())).isCloseTo(NaceRule.CLASS, within(1e-9));
            assertThat(scores.get(sameGroup.companyId())).isCloseTo(NaceRule.GROUP, within(1e-9));
            assertThat(scores.get(customer.companyId())).isCloseTo(NaceRule.SUPPLY_CHAIN, within(1e-9));
            assertThat(scores.get(sameDivision.companyId())).isCloseTo(NaceRule.DIVISION, within(1e-9));
            assertThat(shortlist.candidates().get(0).companyId()).isEqualTo(customer.companyId());
            assertThat(shortlist.candidates().get(0).explanation().render())
                    .contains("your NACE division 25 supplies their division 29");
        }
    }

    @Test
    void comparesAtTheMostDetailedLevelBothProfilesGive() {
        var divisionOnly = ProfileBuilder.in("PL").nace("25").build();
        var classCode = ProfileBuilder.in("DK").nace("25.62").build();

        try (var engine = new MatchingEngine()) {
            engine.rebuild(List.of(divisionOnly, classCode));
            var shortlist = engine.shortlist(ShortlistRequest.of(divisionOnly, NACE_ONLY, List.of(), 10));

            assertThat(shortlist.candidates().get(0).score()).isCloseTo(NaceRule.DIVISION, within(1e-9));
        }
    }
}
