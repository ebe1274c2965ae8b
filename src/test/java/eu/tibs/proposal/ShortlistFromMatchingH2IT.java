package eu.tibs.proposal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import eu.tibs.support.Companies;
import eu.tibs.support.CrossBorderScenario;
import eu.tibs.support.OnH2;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;

import static eu.tibs.support.EngineRest.JSON_LIST;
import static eu.tibs.support.EngineRest.bool;
import static eu.tibs.support.EngineRest.complete;
import static eu.tibs.support.EngineRest.integer;
import static eu.tibs.support.EngineRest.json;
import static eu.tibs.support.EngineRest.string;
import static eu.tibs.support.EngineRest.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposal stage's shortlist comes from the matching engine with each criterion's points and evidence, records
 * its weights, and learns from a counterpart's decline: the pair stays out, a similar candidate scores lower.
 */
@OnH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ShortlistFromMatchingH2IT extends CrossBorderScenario {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void theShortlistIsExplainedWeighedAndLearnsFromAWrongSizeDecline() {
        String declined = hamburgPartner("SMALL");
        String similar = hamburgPartner("SMALL");
        String otherSize = hamburgPartner("MEDIUM");
        String dairy = register(podlaskie, Companies.podlaskieDairy());
        String caseId = caseInMatching(dairy);

        var first = shortlist(caseId);
        assertThat(first).containsKeys(declined, similar, otherSize);
        assertThat(criteria(first.get(declined))).containsKeys("Their offers meet your needs",
                "Your offers meet their needs");
        assertThat(criteria(first.get(declined)).get("Their offers meet your needs").toString())
                .contains("spray dryer");
        assertThat((String) first.get(declined).get("label")).startsWith("#").contains("/100 · DE-HAMBURG · ");
        List<Map<String, Object>> proposals = podlaskie.exchange("/api/cases/" + caseId + "/proposals",
                HttpMethod.GET, null, JSON_LIST).getBody();
        assertThat(proposals).isNotEmpty().allSatisfy(proposal -> assertThat(proposal.get("weights"))
                .asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("needsMet", 0.4));

        complete(podlaskie, caseId, "userTask_pickCandidates", Map.of("pickedCandidates", json("[\"" + declined + "\"]")));
        complete(hamburg, caseId, "userTask_counterpartReview", Map.of("counterpartAgreed", bool(false),
                "declineReason", string("WRONG_SIZE")));

        var second = shortlist(caseId);
        assertThat(second).doesNotContainKey(declined).containsKeys(similar, otherSize);
        assertThat(score(second, similar)).isLessThan(score(first, similar));
        assertThat(criteria(second.get(similar))).containsKey("Similar to declined proposals");
        assertThat(score(second, otherSize)).isEqualTo(score(first, otherSize));
        assertThat(matchIds(dairy, false)).doesNotContain(declined);
        assertThat(matchIds(dairy, true)).contains(declined);
    }

    /** A small or medium Hamburg company that offers what the dairy needs and needs what it offers. */
    private String hamburgPartner(String size) {
        var company = Companies.hamburgSoftwareHouse();
        company.put("sizeClass", size);
        String id = register(hamburg, company);
        var profile = new HashMap<>(Companies.dairyProfile());
        profile.put("valueChain", List.of(
                Map.of("component", "OPERATIONS", "state", 4, "offerKeywords", List.of("spray dryer maintenance")),
                Map.of("component", "PROCUREMENT", "state", 3, "needKeywords", List.of("goat kefir"))));
        profile.put("targetCountries", List.of("PL"));
        hamburg.put("/api/companies/" + id + "/profile", profile);
        return id;
    }

    private String caseInMatching(String company) {
        String caseId = openCase(company);
        complete(podlaskie, caseId, "userTask_reviewIntake", Map.of("intakeDecision", string("ACCEPT")));
        complete(podlaskie, caseId, "userTask_assessNeeds", Map.of(
                "readiness", integer(4),
                "valueChain", json("[{\"component\":\"PROCUREMENT\",\"state\":2,\"needKeywords\":\"spray dryer maintenance\"},"
                        + "{\"component\":\"OPERATIONS\",\"state\":4,\"offerKeywords\":\"goat kefir\"}]"),
                "s3Domains", json("[\"BIOECONOMY\"]"),
                "cooperationTypes", json("[\"COMMERCIAL\"]"),
                "targetCountries", json("[\"DE\"]"),
                "fourEyesCheck", bool(false)));
        return caseId;
    }

    /** The options of the open shortlist task, by candidate id, as the form reads them. */
    private Map<String, Map<String, Object>> shortlist(String caseId) {
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

    @SuppressWarnings("unchecked")
    private static Map<String, Object> criteria(Map<String, Object> option) {
        var byLabel = new HashMap<String, Object>();
        ((List<Map<String, Object>>) option.get("criteria")).forEach(c -> byLabel.put((String) c.get("label"), c));
        return byLabel;
    }

    private static int score(Map<String, Map<String, Object>> shortlist, String candidate) {
        return (Integer) shortlist.get(candidate).get("score");
    }

    @SuppressWarnings("unchecked")
    private List<String> matchIds(String company, boolean includeDeclined) {
        var matches = podlaskie.getForObject("/api/companies/" + company + "/matches?includeDeclined=" + includeDeclined,
                Map.class);
        return ((List<Map<String, Object>>) matches.get("candidates")).stream()
                .map(candidate -> (String) candidate.get("companyId")).toList();
    }
}
