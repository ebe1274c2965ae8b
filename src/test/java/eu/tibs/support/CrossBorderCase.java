package eu.tibs.support;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.boot.test.web.client.TestRestTemplate;

import static eu.tibs.support.EngineRest.bool;
import static eu.tibs.support.EngineRest.complete;
import static eu.tibs.support.EngineRest.integer;
import static eu.tibs.support.EngineRest.json;
import static eu.tibs.support.EngineRest.string;

/**
 * A Podlaskie dairy whose case has reached matching, and a Hamburg company whose offers meet its needs and whose
 * needs its offers meet: the pair the cross-border scenarios start from, set up through our API and /engine-rest.
 */
public record CrossBorderCase(String company, String partner, String caseId) {

    public static CrossBorderCase readyForMatching(TestRestTemplate podlaskie, TestRestTemplate hamburg) {
        String partner = CrossBorderScenario.register(hamburg, Companies.hamburgSoftwareHouse());
        var partnerProfile = new HashMap<>(Companies.dairyProfile());
        partnerProfile.put("valueChain", List.of(Map.of("component", "MARKETING-SALES", "state", 4,
                "offerKeywords", List.of("export distributor"), "needKeywords", List.of("organic cheese"))));
        partnerProfile.put("targetCountries", List.of("PL"));
        hamburg.put("/api/companies/" + partner + "/profile", partnerProfile);
        String company = CrossBorderScenario.register(podlaskie, Companies.podlaskieDairy());
        String caseId = (String) podlaskie.postForEntity("/api/companies/" + company + "/cases", null, Map.class)
                .getBody().get("id");
        complete(podlaskie, caseId, "userTask_reviewIntake", Map.of("intakeDecision", string("ACCEPT")));
        complete(podlaskie, caseId, "userTask_assessNeeds", Map.of(
                "readiness", integer(4),
                "valueChain", json("[{\"component\":\"MARKETING-SALES\",\"state\":2,\"needKeywords\":\"export distributor\"},"
                        + "{\"component\":\"OPERATIONS\",\"state\":4,\"offerKeywords\":\"organic cheese\"}]"),
                "s3Domains", json("[\"BIOECONOMY\"]"),
                "cooperationTypes", json("[\"COMMERCIAL\"]"),
                "targetCountries", json("[\"DE\"]"),
                "fourEyesCheck", bool(false)));
        return new CrossBorderCase(company, partner, caseId);
    }
}
