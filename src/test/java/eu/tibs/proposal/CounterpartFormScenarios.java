package eu.tibs.proposal;

import java.util.List;
import java.util.Map;

import eu.tibs.support.Companies;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpMethod;

import static eu.tibs.support.EngineRest.complete;
import static eu.tibs.support.EngineRest.json;
import static eu.tibs.support.EngineRest.task;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the counterpart broker's form holds: the one candidate proposed to their region, why, and the proposing
 * company's profile without name, all company text escaped, so a keyword written in one region makes no markup in
 * another region's Tasklist; nothing of the rest of the shortlist.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
abstract class CounterpartFormScenarios extends ProposalScenario {
    private static final ParameterizedTypeReference<Map<String, Object>> VARIABLES = new ParameterizedTypeReference<>() { };
    private static final String MARKUP = "sheep milk yoghurt ``` ![x](http://evil.example/i.png) [click](http://evil.example)";

    @Test
    void theCounterpartSeesItsOwnCandidateOnlyWithEveryCompanyTextEscaped() {
        String proposed = hamburgPartner("SMALL", "cheese vat refurbishment", "sheep milk yoghurt");
        String other = hamburgPartner("MEDIUM", "cheese vat refurbishment", "sheep milk yoghurt");
        String caseId = caseInMatching(register(podlaskie, Companies.podlaskieDairy()), "cheese vat refurbishment", MARKUP);
        assertThat(shortlist(caseId)).containsKeys(proposed, other);
        assertThat(shortlist(caseId).toString()).doesNotContain("```", "](http");

        complete(podlaskie, caseId, "userTask_pickCandidates", Map.of("pickedCandidates",
                json("[\"" + proposed + "\", \"" + other + "\"]")));

        String review = task(hamburg, caseId, "userTask_counterpartReview");
        Map<String, Object> form = hamburg.exchange("/engine-rest/task/" + review + "/form-variables", HttpMethod.GET, null, VARIABLES).getBody();
        assertThat(form).doesNotContainKey("shortlistOptions");
        assertThat(value(form, "proposedCompanyId")).isIn(proposed, other);
        String shown = value(form, "proposingCompany") + value(form, "proposalExplanation");
        assertThat(shown).contains("sheep milk yoghurt \\`\\`\\`", "\\[click\\]\\(http\\:\\/\\/evil\\.example\\)")
                .doesNotContain("```", "](http", Companies.podlaskieDairy().get("legalName").toString());
        for (String view : List.of("/form-variables", "/variables")) {
            String everything = hamburg.getForObject("/engine-rest/task/" + review + view, String.class);
            assertThat(everything).as(view).doesNotContain("shortlistOptions")
                    .doesNotContain(proposed.equals(value(form, "proposedCompanyId")) ? other : proposed);
        }
    }

    private static String value(Map<?, ?> variables, String name) {
        return String.valueOf(((Map<?, ?>) variables.get(name)).get("value"));
    }
}
