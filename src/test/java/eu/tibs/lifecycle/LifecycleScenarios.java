package eu.tibs.lifecycle;

import java.util.List;
import java.util.Map;

import eu.tibs.support.Companies;
import eu.tibs.support.CaseForms;
import eu.tibs.support.CrossBorderCase;
import eu.tibs.support.CrossBorderScenario;
import eu.tibs.support.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

import static eu.tibs.support.EngineRest.JSON_LIST;
import static eu.tibs.support.EngineRest.bool;
import static eu.tibs.support.EngineRest.complete;
import static eu.tibs.support.EngineRest.executeTimer;
import static eu.tibs.support.EngineRest.json;
import static eu.tibs.support.EngineRest.list;
import static eu.tibs.support.EngineRest.string;
import static eu.tibs.support.EngineRest.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One case from intake to feedback through our API and /engine-rest, worked by a Podlaskie and a Hamburg broker, run
 * against each database TIBS supports.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class LifecycleScenarios extends CrossBorderScenario {
    TestRestTemplate admin;

    @BeforeEach
    void logInAdmin() {
        admin = TestUsers.ADMIN.client(anonymous);
    }

    @Test
    void aCaseGoesFromIntakeToFeedbackAcrossTwoCountries() {
        var pair = CrossBorderCase.readyForMatching(podlaskie, hamburg);
        String caseId = pair.caseId();
        String partner = pair.partner();
        assertThat(stageOf(caseId)).isEqualTo("MATCHING");

        complete(podlaskie, caseId, "userTask_pickCandidates", Map.of("pickedCandidates", json("[\"" + partner + "\"]")));
        var refused = hamburg.postForEntity("/engine-rest/task/" + task(hamburg, caseId, "userTask_counterpartReview")
                + "/complete", Map.of("variables", Map.of("counterpartAgreed", Map.of("value", "maybe"))), String.class);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);
        complete(hamburg, caseId, "userTask_counterpartReview", Map.of("counterpartAgreed", bool(true)));
        complete(podlaskie, caseId, "userTask_confirmHomeCompany", Map.of("homeAgreed", bool(true)));
        assertThat(stageOf(caseId)).isEqualTo("PILOT");

        complete(hamburg, caseId, "userTask_recordIntroduction", CaseForms.introduction());
        complete(podlaskie, caseId, "userTask_planPilot", CaseForms.pilotPlan());
        executeTimer(admin, caseId);
        complete(podlaskie, caseId, "userTask_checkIn", CaseForms.pilotCompleted());
        assertThat(stageOf(caseId)).isEqualTo("FEEDBACK");

        for (var feedback : Map.of("userTask_homeCompanyFeedback", podlaskie, "userTask_homeBrokerFeedback", podlaskie,
                "userTask_partnerCompanyFeedback", hamburg, "userTask_counterpartBrokerFeedback", hamburg).entrySet()) {
            complete(feedback.getValue(), caseId, feedback.getKey(), CaseForms.feedbackGiven());
        }
        for (String followUp : List.of("userTask_followUpThreeMonths", "userTask_followUpSixMonths",
                "userTask_followUpTwelveMonths")) {
            executeTimer(admin, caseId);
            complete(podlaskie, caseId, followUp, Map.of("outcome", string("AGREEMENT_REACHED"),
                    "agreementType", string("COMMERCIAL")));
        }
        assertThat(stageOf(caseId)).isEqualTo("COMPLETED");
    }

    @Test
    void anUnansweredProposalIsEscalatedToTheCoordinatorsWhoGiveTheCounterpartMoreTime() {
        var pair = CrossBorderCase.readyForMatching(podlaskie, hamburg);
        String caseId = pair.caseId();
        complete(podlaskie, caseId, "userTask_pickCandidates",
                Map.of("pickedCandidates", json("[\"" + pair.partner() + "\"]")));

        executeTimer(admin, caseId, "timer_answerOverdue");

        var coordinator = TestUsers.COORDINATOR.client(anonymous);
        assertThat(list(hamburg, "/engine-rest/task?processInstanceBusinessKey=" + caseId)).isEmpty();
        assertThat(list(podlaskie, "/engine-rest/task?processInstanceBusinessKey=" + caseId)).isEmpty();
        complete(coordinator, caseId, "userTask_handleOverdueProposal", Map.of("overdueDecision", string("EXTEND")));
        assertThat(task(hamburg, caseId, "userTask_counterpartReview")).isNotBlank();
    }

    @Test
    void aWithdrawalCancelsOpenWorkAndClosesTheCaseWithItsReason() {
        String caseId = openCase(register(podlaskie, Companies.podlaskieDairy()));
        task(podlaskie, caseId, "userTask_reviewIntake");

        var refused = podlaskie.postForEntity("/api/cases/" + caseId + "/withdrawal", Map.of("reason", " "), Map.class);
        assertThat(refused.getStatusCode().value()).isEqualTo(422);
        var withdrawn = podlaskie.postForEntity("/api/cases/" + caseId + "/withdrawal",
                Map.of("reason", "Found a partner on its own"), Map.class);
        assertThat(withdrawn.getBody()).containsEntry("stage", "WITHDRAWN")
                .containsEntry("closeReason", "Found a partner on its own");
        assertThat(podlaskie.exchange("/engine-rest/task?processInstanceBusinessKey=" + caseId, HttpMethod.GET, null,
                JSON_LIST).getBody()).isEmpty();
        assertThat(podlaskie.postForEntity("/api/cases/" + caseId + "/withdrawal", Map.of("reason", "again"),
                Map.class).getStatusCode().value()).isEqualTo(409);
    }

    private String stageOf(String caseId) {
        return (String) podlaskie.getForObject("/api/cases/" + caseId, Map.class).get("stage");
    }
}
