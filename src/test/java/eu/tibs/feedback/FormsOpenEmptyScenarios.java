package eu.tibs.feedback;

import java.util.List;
import java.util.Map;

import eu.tibs.support.CaseForms;
import eu.tibs.support.CrossBorderCase;
import eu.tibs.support.CrossBorderScenario;
import eu.tibs.support.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;

import static eu.tibs.support.EngineRest.bool;
import static eu.tibs.support.EngineRest.complete;
import static eu.tibs.support.EngineRest.executeTimer;
import static eu.tibs.support.EngineRest.integer;
import static eu.tibs.support.EngineRest.json;
import static eu.tibs.support.EngineRest.string;
import static eu.tibs.support.EngineRest.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each respondent answers on an empty form: the second pilot check-in, the partner's feedback after the home
 * company's, and each follow-up show nothing of the answers given before, through Tasklist's form-variables or the
 * task's variables.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class FormsOpenEmptyScenarios extends CrossBorderScenario {
    private static final List<String> CHECK_IN = List.of("progress", "checkInNote", "pilotStatus", "abandonReason");
    private static final List<String> FEEDBACK = List.of("serviceRating", "partnershipRating", "outcome",
            "agreementType", "comment");

    @Test
    void everyRespondentsFormOpensEmpty() {
        var admin = TestUsers.ADMIN.client(anonymous);
        var pair = CrossBorderCase.readyForMatching(podlaskie, hamburg);
        String caseId = pair.caseId();
        complete(podlaskie, caseId, "userTask_pickCandidates", Map.of("pickedCandidates", json("[\"" + pair.partner() + "\"]")));
        complete(hamburg, caseId, "userTask_counterpartReview", Map.of("counterpartAgreed", bool(true)));
        complete(podlaskie, caseId, "userTask_confirmHomeCompany", Map.of("homeAgreed", bool(true)));
        complete(hamburg, caseId, "userTask_recordIntroduction", CaseForms.introduction());
        complete(podlaskie, caseId, "userTask_planPilot", CaseForms.pilotPlan());
        executeTimer(admin, caseId);
        complete(podlaskie, caseId, "userTask_checkIn", Map.of("progress", string("DELAYED"),
                "checkInNote", string("Polish dairy waits for a cooling truck"), "pilotStatus", string("CONTINUE")));
        executeTimer(admin, caseId);

        assertOpensEmpty(hamburg, caseId, "userTask_checkIn", CHECK_IN);
        complete(hamburg, caseId, "userTask_checkIn", CaseForms.pilotCompleted());
        complete(podlaskie, caseId, "userTask_homeCompanyFeedback", Map.of("serviceRating", integer(2),
                "partnershipRating", integer(1), "outcome", string("KNOWLEDGE_GAINED"),
                "comment", string("Polish company: the partner never called back")));

        assertOpensEmpty(hamburg, caseId, "userTask_partnerCompanyFeedback", FEEDBACK);
        assertOpensEmpty(podlaskie, caseId, "userTask_homeBrokerFeedback", FEEDBACK);
        complete(hamburg, caseId, "userTask_partnerCompanyFeedback", CaseForms.feedbackGiven());
        complete(podlaskie, caseId, "userTask_homeBrokerFeedback", CaseForms.feedbackGiven());
        complete(hamburg, caseId, "userTask_counterpartBrokerFeedback", CaseForms.feedbackGiven());
        executeTimer(admin, caseId);
        assertOpensEmpty(podlaskie, caseId, "userTask_followUpThreeMonths", FEEDBACK);
    }

    private static void assertOpensEmpty(TestRestTemplate broker, String caseId, String taskKey, List<String> fields) {
        String id = task(broker, caseId, taskKey);
        for (String view : List.of("/form-variables?deserializeValues=false", "/variables?deserializeValues=false")) {
            Map<?, ?> variables = broker.getForObject("/engine-rest/task/" + id + view, Map.class);
            for (String field : fields) {
                Object variable = variables.get(field);
                assertThat(variable == null ? null : ((Map<?, ?>) variable).get("value"))
                        .as(taskKey + view + " " + field).isNull();
            }
        }
    }
}
