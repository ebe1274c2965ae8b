package eu.tibs.lifecycle;

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
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;

import static eu.tibs.support.EngineRest.JSON_LIST;
import static eu.tibs.support.EngineRest.bool;
import static eu.tibs.support.EngineRest.complete;
import static eu.tibs.support.EngineRest.integer;
import static eu.tibs.support.EngineRest.json;
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

        complete(hamburg, caseId, "userTask_recordIntroduction", Map.of("meetingDate", string("2026-03-02"),
                "meetingMode", string("ONLINE"), "participants", string("Both managing directors and brokers")));
        complete(podlaskie, caseId, "userTask_planPilot", Map.of("objective", string("Test cheese sales in Hamburg"),
                "actions", json("[{\"description\":\"First delivery\",\"dueDate\":\"2026-04-01\"}]"),
                "successCriteria", string("Two repeat orders"), "plannedEnd", string("2026-06-30")));
        executeTimer(caseId);
        complete(podlaskie, caseId, "userTask_checkIn", Map.of("progress", string("ON_TRACK"),
                "pilotStatus", string("COMPLETED")));
        assertThat(stageOf(caseId)).isEqualTo("FEEDBACK");

        for (var feedback : Map.of("userTask_homeCompanyFeedback", podlaskie, "userTask_homeBrokerFeedback", podlaskie,
                "userTask_partnerCompanyFeedback", hamburg, "userTask_counterpartBrokerFeedback", hamburg).entrySet()) {
            complete(feedback.getValue(), caseId, feedback.getKey(), Map.of("serviceRating", integer(5),
                    "partnershipRating", integer(4), "outcome", string("NEGOTIATION_STARTED")));
        }
        for (String followUp : List.of("userTask_followUpThreeMonths", "userTask_followUpSixMonths",
                "userTask_followUpTwelveMonths")) {
            executeTimer(caseId);
            complete(podlaskie, caseId, followUp, Map.of("outcome", string("AGREEMENT_REACHED"),
                    "agreementType", string("COMMERCIAL")));
        }
        assertThat(stageOf(caseId)).isEqualTo("COMPLETED");
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

    /** Time passes: the case's one due timer fires. */
    private void executeTimer(String caseId) {
        var jobs = admin.exchange("/engine-rest/job?processInstanceBusinessKey=" + caseId, HttpMethod.GET, null,
                JSON_LIST).getBody();
        var timers = jobs.stream().filter(job -> job.get("dueDate") != null).toList();
        assertThat(timers).hasSize(1);
        var executed = admin.postForEntity("/engine-rest/job/" + timers.get(0).get("id") + "/execute", null, String.class);
        assertThat(executed.getStatusCode()).as(String.valueOf(executed.getBody())).isEqualTo(HttpStatus.NO_CONTENT);
    }

    private String stageOf(String caseId) {
        return (String) podlaskie.getForObject("/api/cases/" + caseId, Map.class).get("stage");
    }
}
