package eu.tibs.proposal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.tibs.support.Companies;
import eu.tibs.support.CrossBorderScenario;

import static eu.tibs.support.EngineRest.bool;
import static eu.tibs.support.EngineRest.complete;
import static eu.tibs.support.EngineRest.integer;
import static eu.tibs.support.EngineRest.json;
import static eu.tibs.support.EngineRest.string;
import static eu.tibs.support.EngineRest.task;

/** A Podlaskie company's case in the proposal stage, with Hamburg partners that fit it both ways. */
abstract class ProposalScenario extends CrossBorderScenario {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A Hamburg company of this size whose offer meets the need and whose need the offer meets. */
    String hamburgPartner(String size, String need, String offer) {
        var company = Companies.hamburgSoftwareHouse();
        company.put("sizeClass", size);
        String id = register(hamburg, company);
        var profile = new HashMap<>(Companies.dairyProfile());
        profile.put("valueChain", List.of(
                Map.of("component", "OPERATIONS", "state", 4, "offerKeywords", List.of(need)),
                Map.of("component", "PROCUREMENT", "state", 3, "needKeywords", List.of(offer))));
        profile.put("targetCountries", List.of("PL"));
        hamburg.put("/api/companies/" + id + "/profile", profile);
        return id;
    }

    /** Opens the company's case and takes it through intake and needs analysis to its first shortlist. */
    String caseInMatching(String company, String need, String offer) {
        String caseId = openCase(company);
        complete(podlaskie, caseId, "userTask_reviewIntake", Map.of("intakeDecision", string("ACCEPT")));
        complete(podlaskie, caseId, "userTask_assessNeeds", Map.of(
                "readiness", integer(4),
                "valueChain", json("[{\"component\":\"PROCUREMENT\",\"state\":2,\"needKeywords\":\"" + need + "\"},"
                        + "{\"component\":\"OPERATIONS\",\"state\":4,\"offerKeywords\":\"" + offer + "\"}]"),
                "s3Domains", json("[\"BIOECONOMY\"]"),
                "cooperationTypes", json("[\"COMMERCIAL\"]"),
                "targetCountries", json("[\"DE\"]"),
                "fourEyesCheck", bool(false)));
        return caseId;
    }

    /** The home broker proposes this one candidate and the counterpart's company declines it. */
    void proposeAndDecline(String caseId, String candidate, String reason) {
        complete(podlaskie, caseId, "userTask_pickCandidates", Map.of("pickedCandidates", json("[\"" + candidate + "\"]")));
        complete(hamburg, caseId, "userTask_counterpartReview", Map.of("counterpartAgreed", bool(false),
                "declineReason", string(reason)));
    }

    /** The options of the open shortlist task, by candidate id, as the form reads them. */
    Map<String, Map<String, Object>> shortlist(String caseId) {
        var variable = podlaskie.getForObject("/engine-rest/task/" + task(podlaskie, caseId, "userTask_pickCandidates")
                + "/variables/" + MatchProposalProcess.Vars.SHORTLIST_OPTIONS + "?deserializeValue=false", Map.class);
        try {
            List<Map<String, Object>> options = JSON.readValue((String) variable.get("value"), new TypeReference<>() { });
            var byId = new HashMap<String, Map<String, Object>>();
            options.forEach(option -> byId.put((String) option.get("value"), option));
            return byId;
        } catch (Exception e) {
            throw new AssertionError("shortlistOptions is not a JSON list: " + variable, e);
        }
    }
}
