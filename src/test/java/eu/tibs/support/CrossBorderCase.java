package eu.tibs.support;

import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;

import static eu.tibs.support.EngineRest.complete;
import static eu.tibs.support.EngineRest.string;

/**
 * A Podlaskie dairy whose case has reached matching, and a Hamburg company whose offers meet its needs and whose
 * needs its offers meet: the pair the cross-border scenarios start from, set up through our API and /engine-rest.
 */
public record CrossBorderCase(String company, String partner, String caseId) {

    public static CrossBorderCase readyForMatching(TestRestTemplate podlaskie, TestRestTemplate hamburg) {
        String partner = CrossBorderScenario.register(hamburg, Companies.hamburgSoftwareHouse());
        hamburg.put("/api/companies/" + partner + "/profile", CaseForms.hamburgPartnerProfile());
        String company = CrossBorderScenario.register(podlaskie, Companies.podlaskieDairy());
        String caseId = (String) podlaskie.postForEntity("/api/companies/" + company + "/cases", null, Map.class)
                .getBody().get("id");
        complete(podlaskie, caseId, "userTask_reviewIntake", Map.of("intakeDecision", string("ACCEPT")));
        complete(podlaskie, caseId, "userTask_assessNeeds", CaseForms.needsAssessment());
        return new CrossBorderCase(company, partner, caseId);
    }
}
