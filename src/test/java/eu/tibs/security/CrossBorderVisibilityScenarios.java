package eu.tibs.security;

import java.util.List;
import java.util.Map;

import eu.tibs.support.Companies;
import eu.tibs.support.CrossBorderCase;
import eu.tibs.support.CrossBorderScenario;
import eu.tibs.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;

import static eu.tibs.support.EngineRest.bool;
import static eu.tibs.support.EngineRest.complete;
import static eu.tibs.support.EngineRest.json;
import static eu.tibs.support.EngineRest.list;
import static eu.tibs.support.EngineRest.string;
import static eu.tibs.support.EngineRest.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The counterpart side of the region rule: a Hamburg broker sees a Podlaskie case once a proposal is addressed to
 * Hamburg, in our API and on /engine-rest alike, and the Podlaskie company only after both companies agreed; a
 * Kaunas broker, whom nothing is addressed to, never sees any of it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CrossBorderVisibilityScenarios extends CrossBorderScenario {
    TestRestTemplate kaunas;
    String company;
    String partner;
    String caseId;

    @BeforeEach
    void aPodlaskieCaseReadyForMatchingAndAHamburgPartner() {
        kaunas = TestUsers.LT_BROKER.client(anonymous);
        var pair = CrossBorderCase.readyForMatching(podlaskie, hamburg);
        company = pair.company();
        partner = pair.partner();
        caseId = pair.caseId();
    }

    @Test
    void aProposalOpensTheCaseToTheCounterpartRegionOnlyAndTheCompanyAfterTheDoubleOptIn() {
        for (var outsider : List.of(hamburg, kaunas)) {
            assertSeesNothingOfTheCase(outsider);
        }

        complete(podlaskie, caseId, "userTask_pickCandidates",
                Map.of("pickedCandidates", json("[\"" + partner + "\"]")));

        assertThat(hamburg.getForEntity("/api/cases/" + caseId, Map.class).getBody()).containsEntry("id", caseId);
        assertThat(task(hamburg, caseId, "userTask_counterpartReview")).isNotBlank();
        var proposalInstances = list(hamburg, "/engine-rest/process-instance?processDefinitionKey=match-proposal"
                + "&businessKey=" + caseId);
        assertThat(proposalInstances).hasSize(1);
        String proposalInstance = (String) proposalInstances.get(0).get("id");
        assertThat(list(hamburg, "/engine-rest/variable-instance?processInstanceIdIn=" + proposalInstance))
                .extracting(variable -> variable.get("name")).contains("caseId", "counterpartBrokerGroup");
        assertThat(list(hamburg, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseId
                + "&processDefinitionKey=match-proposal")).hasSize(1);
        assertThat(hamburg.getForEntity("/api/companies/" + company, String.class).getStatusCode())
                .as("names and contacts wait for both companies' yes").isEqualTo(HttpStatus.NOT_FOUND);
        assertSeesNothingOfTheCase(kaunas);

        complete(hamburg, caseId, "userTask_counterpartReview", Map.of("counterpartAgreed", bool(true)));
        complete(podlaskie, caseId, "userTask_confirmHomeCompany", Map.of("homeAgreed", bool(true)));

        assertThat(hamburg.getForEntity("/api/companies/" + company, Map.class).getBody())
                .containsEntry("legalName", Companies.podlaskieDairy().get("legalName"));
        assertThat(kaunas.getForEntity("/api/companies/" + company, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aCaseAnAdminStartsFromTheStartFormIsVisibleToItsHomeRegionOnly() {
        String other = register(podlaskie, Companies.podlaskieDairy());
        var started = TestUsers.ADMIN.client(anonymous).postForEntity(
                "/engine-rest/process-definition/key/brokerage-case/submit-form",
                Map.of("variables", Map.of("companyId", string(other))), Map.class);
        assertThat(started.getStatusCode()).as(String.valueOf(started.getBody())).isEqualTo(HttpStatus.OK);
        String instance = (String) started.getBody().get("id");

        assertThat(list(podlaskie, "/engine-rest/process-instance?processInstanceIds=" + instance)).hasSize(1);
        assertThat(list(podlaskie, "/engine-rest/variable-instance?processInstanceIdIn=" + instance))
                .extracting(variable -> variable.get("name")).contains("caseId", "homeBrokerGroup");
        assertThat(list(hamburg, "/engine-rest/process-instance?processInstanceIds=" + instance))
                .isEmpty();
    }

    private void assertSeesNothingOfTheCase(TestRestTemplate outsider) {
        assertThat(outsider.getForEntity("/api/cases/" + caseId, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(outsider.getForEntity("/api/companies/" + company, String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(list(outsider, "/engine-rest/task?processInstanceBusinessKey=" + caseId)).isEmpty();
        assertThat(list(outsider, "/engine-rest/process-instance?businessKey=" + caseId)).isEmpty();
        assertThat(list(outsider, "/engine-rest/history/process-instance?processInstanceBusinessKey=" + caseId)).isEmpty();
    }
}
