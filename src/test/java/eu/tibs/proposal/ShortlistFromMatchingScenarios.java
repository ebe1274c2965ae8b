package eu.tibs.proposal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.tibs.support.Companies;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.HttpMethod;

import static eu.tibs.support.EngineRest.JSON_LIST;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The proposal stage's shortlist comes from the matching engine with each criterion's points and evidence, records
 * its weights, and learns from a counterpart's decline: the pair stays out, a similar candidate scores lower.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class ShortlistFromMatchingScenarios extends ProposalScenario {
    private static final String NEED = "spray dryer maintenance";
    private static final String OFFER = "goat kefir";

    @Test
    void theShortlistIsExplainedWeighedAndLearnsFromAWrongSizeDecline() {
        String declined = hamburgPartner("SMALL", NEED, OFFER);
        String similar = hamburgPartner("SMALL", NEED, OFFER);
        String otherSize = hamburgPartner("MEDIUM", NEED, OFFER);
        String dairy = register(podlaskie, Companies.podlaskieDairy());
        String caseId = caseInMatching(dairy, NEED, OFFER);

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
                .asInstanceOf(InstanceOfAssertFactories.MAP).containsEntry("needsMet", 0.27));

        proposeAndDecline(caseId, declined, "WRONG_SIZE");

        var second = shortlist(caseId);
        assertThat(second).doesNotContainKey(declined).containsKeys(similar, otherSize);
        assertThat(score(second, similar)).isLessThan(score(first, similar));
        assertThat(criteria(second.get(similar))).containsKey("Similar to declined proposals");
        assertThat(score(second, otherSize)).isEqualTo(score(first, otherSize));
        assertThat(matchIds(dairy, false)).doesNotContain(declined);
        assertThat(matchIds(dairy, true)).contains(declined);
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
