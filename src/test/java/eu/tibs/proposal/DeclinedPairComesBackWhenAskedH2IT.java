package eu.tibs.proposal;

import java.util.Map;

import eu.tibs.support.Companies;
import eu.tibs.support.OnH2;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpStatus;

import static eu.tibs.support.EngineRest.complete;
import static eu.tibs.support.EngineRest.string;
import static eu.tibs.support.EngineRest.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A declined pair stays out of every shortlist until the home broker asks for it, through the retry form or the API.
 * Only strong two-sided matches qualify here, so that the case waits for candidates once its one partner declined.
 */
@OnH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "tibs.matching.weights.min-score=0.5")
class DeclinedPairComesBackWhenAskedH2IT extends ProposalScenario {
    private static final String NEED = "ultrasonic sieve calibration";
    private static final String OFFER = "sea buckthorn juice";
    private static final String WAIT = MatchProposalProcess.USER_TASK_NO_CANDIDATE;

    @Test
    void aDeclinedPairComesBackOnlyWhenTheBrokerAsks() {
        String partner = hamburgPartner("SMALL", NEED, OFFER);
        String caseId = caseInMatching(register(podlaskie, Companies.podlaskieDairy()), NEED, OFFER);
        assertThat(shortlist(caseId)).containsOnlyKeys(partner);

        proposeAndDecline(caseId, partner, "NOT_INTERESTED_NOW");
        rematch(caseId, "");
        task(podlaskie, caseId, WAIT);
        rematch(caseId, "?includeDeclined=true");
        assertThat(shortlist(caseId)).containsOnlyKeys(partner);

        proposeAndDecline(caseId, partner, "NOT_INTERESTED_NOW");
        complete(podlaskie, caseId, WAIT, Map.of("searchDecision", string("RETRY")));
        complete(podlaskie, caseId, WAIT, Map.of("searchDecision", string("INCLUDE_DECLINED")));
        assertThat(shortlist(caseId)).containsOnlyKeys(partner);
    }

    private void rematch(String caseId, String query) {
        var answer = podlaskie.postForEntity("/api/cases/" + caseId + "/rematching" + query, null, String.class);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.ACCEPTED);
    }
}
