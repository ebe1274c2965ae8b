package eu.tibs.matching;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import eu.tibs.TibsApplication;
import eu.tibs.company.CompanyFacts;
import eu.tibs.company.CompanyService;
import eu.tibs.company.ConsentPurpose;
import eu.tibs.company.NewContact;
import eu.tibs.company.OrganisationType;
import eu.tibs.company.SizeClass;
import eu.tibs.profile.ProfileFacts;
import eu.tibs.profile.ProfileService;
import eu.tibs.profile.ValueChainEntry;
import eu.tibs.support.OnPostgres;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Two TIBS nodes on one PostgreSQL: a profile recorded on one node is matched on the other within seconds. */
class MatchingAcrossNodesIT {

    @Test
    void aProfileRecordedOnOneNodeIsMatchedOnTheOther() {
        try (var nodeA = start(); var nodeB = start()) {
            UUID dairy = register(nodeA, "Podlaskie Cheese Sp. z o.o.", "PL", "PL-PODLASKIE", SizeClass.SMALL,
                    new ValueChainEntry("MARKETING-SALES", 2, List.of("cheese distributor"),
                            "A distributor for organic cheese in Denmark", List.of(), null));
            UUID distributor = register(nodeA, "Odense Food Distribution ApS", "DK", "DK-SOUTHERN", SizeClass.MEDIUM,
                    new ValueChainEntry("OUTBOUND-LOGISTICS", 4, List.of(), null, List.of("cheese distributor"),
                            "Distribution of organic cheese to Danish food retail"));

            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(
                    nodeB.getBean(MatchingIndex.class).shortlistFor(dairy, false).candidates())
                    .extracting(Candidate::companyId).contains(distributor));
            var shortlist = nodeB.getBean(MatchingIndex.class).shortlistFor(dairy, false);
            assertThat(shortlist.weights()).isEqualTo(MatchingWeights.defaults());
            assertThat(shortlist.candidates().get(0).explanation().render()).contains("cheese distributor");
        }
    }

    private static UUID register(ConfigurableApplicationContext node, String name, String country, String region,
                                 SizeClass size, ValueChainEntry entry) {
        var company = node.getBean(CompanyService.class).register(
                new CompanyFacts(name, country + UUID.randomUUID().toString().substring(0, 8), country, region, size,
                        OrganisationType.COMPANY, 2010, null, Set.of("10.51"), Set.of("en")),
                List.of(new NewContact("Test Person", "test@example.com", null, null, ConsentPurpose.BROKERAGE,
                        "2026-01", null)));
        node.getBean(ProfileService.class).record(company.getId(), new ProfileFacts(3, List.of(entry),
                Set.of("BIOECONOMY"), Set.of("COMMERCIAL"), Set.of()));
        return company.getId();
    }

    private static ConfigurableApplicationContext start() {
        var arguments = Stream.concat(Stream.of("server.port=0", "tibs.matching.refresh-interval=1s"),
                        Stream.of(OnPostgres.Connection.settings()))
                .map(setting -> "--" + setting).toArray(String[]::new);
        return new SpringApplicationBuilder(TibsApplication.class).profiles("postgres").run(arguments);
    }
}
