package eu.tibs.tasklist;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.tibs.support.CaseForms;
import eu.tibs.support.Companies;
import eu.tibs.support.CrossBorderScenario;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

import static eu.tibs.support.EngineRest.bool;
import static eu.tibs.support.EngineRest.complete;
import static eu.tibs.support.EngineRest.list;
import static eu.tibs.support.EngineRest.string;
import static eu.tibs.support.EngineRest.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each form shows what the broker decides on, read from our tables when the task opens: the intake review the
 * application, the four-eyes check the profile under review, both with a link to the company record. The display
 * data is the task's own and does not flow into the process when the task is completed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class FormDisplayScenarios extends CrossBorderScenario {
    private static final ParameterizedTypeReference<Map<String, Map<String, Object>>> VARIABLES =
            new ParameterizedTypeReference<>() { };

    @Test
    void theIntakeReviewShowsTheApplicationNeedsAnalysisTheProfileToEditAndTheFourEyesCheckTheProfile() {
        var application = Companies.withContact(Companies.podlaskieDairy(), "Ewa Nowak",
                "ewa.nowak@example.com");
        String company = register(podlaskie, application);
        podlaskie.put("/api/companies/" + company + "/profile", Companies.dairyProfile());
        String caseId = openCase(company);

        var review = formOf(caseId, "userTask_reviewIntake");
        assertThat(review.get("companyId").get("value")).isEqualTo(company);
        assertThat((String) review.get("application").get("value")).contains("Podlaskie Test Dairy Sp\\. z o\\.o\\.",
                "Ewa Nowak", "ewa\\.nowak\\@example\\.com", "organic cheese");
        complete(podlaskie, caseId, "userTask_reviewIntake", Map.of("intakeDecision", string("ACCEPT")));

        var needs = formOf(caseId, "userTask_assessNeeds");
        assertThat(needs.get("readiness").get("value")).isEqualTo(4);
        assertThat(needs.get("valueChain").get("value").toString()).contains("MARKETING-SALES", "export distributor",
                "A distributor in Denmark", "organic cheese");
        assertThat(needs.get("targetCountries").get("value").toString()).contains("DK", "DE");

        var assessment = new HashMap<>(CaseForms.needsAssessment());
        assessment.put("fourEyesCheck", bool(true));
        complete(podlaskie, caseId, "userTask_assessNeeds", assessment);
        var check = formOf(caseId, "userTask_checkAssessment");
        assertThat(check.get("companyId").get("value")).isEqualTo(company);
        assertThat((String) check.get("profileUnderReview").get("value")).contains("organic cheese", "export distributor");

        String instances = String.join(",", list(podlaskie, "/engine-rest/history/process-instance"
                + "?processInstanceBusinessKey=" + caseId).stream().map(instance -> (String) instance.get("id")).toList());
        assertThat(list(podlaskie, "/engine-rest/history/variable-instance?processInstanceIdIn=" + instances))
                .filteredOn(variable -> List.of("application", "profileUnderReview").contains(variable.get("name")))
                .hasSize(2).allSatisfy(variable -> assertThat(variable.get("taskId")).as("task-local").isNotNull());
    }

    private Map<String, Map<String, Object>> formOf(String caseId, String taskKey) {
        String path = "/engine-rest/task/" + task(podlaskie, caseId, taskKey) + "/form-variables?deserializeValues=false";
        return podlaskie.exchange(path, HttpMethod.GET, null, VARIABLES).getBody();
    }
}
