package eu.tibs.tasklist;

import java.util.Arrays;
import java.util.Map;

import eu.tibs.support.Browser;
import eu.tibs.support.Companies;
import eu.tibs.support.CrossBorderCase;
import eu.tibs.support.CrossBorderScenario;
import eu.tibs.support.OnH2;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two brokers of two countries in Tasklist: the Podlaskie broker picks a Hamburg candidate from the shortlist with
 * its explanation, the Hamburg broker answers the proposal for their company, and the case waits for the Podlaskie
 * company's own yes.
 */
@OnH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CrossBorderProposalInTasklistIT extends CrossBorderScenario {
    @LocalServerPort
    int port;
    CrossBorderCase pair;

    @BeforeEach
    void aCaseReadyForMatching() {
        pair = CrossBorderCase.readyForMatching(podlaskie, hamburg);
    }

    @Test
    void theHomeBrokerPicksFromTheShortlistAndTheCounterpartBrokerAnswers() {
        try (var browser = Browser.start()) {
            browser.screenshotOnFailure(() -> {
                pickTheHamburgCandidate(browser);
                browser.logOut(port);
                answerForTheHamburgCompany(browser);
            });
        }
        var tasks = podlaskie.getForObject("/engine-rest/task?processInstanceBusinessKey=" + pair.caseId(),
                Map[].class);
        assertThat(tasks).extracting(task -> task.get("taskDefinitionKey")).containsExactly("userTask_confirmHomeCompany");
    }

    private void pickTheHamburgCandidate(Browser browser) {
        browser.logIntoTasklist(port, "anna.kowalska");
        browser.claimTask("Pick candidates");
        var candidate = browser.click(By.xpath("//label[contains(., '#" + ourPartner().get("rank") + " ')]"));
        assertThat(candidate.getText()).contains("DE-HAMBURG", "/100");
        browser.screenshot("shortlist-picked");
        browser.completeTask();
        browser.waiting().until(driver -> proposalStatus().equals("SENT"));
    }

    private void answerForTheHamburgCompany(Browser browser) {
        browser.logIntoTasklist(port, "lena.schmidt");
        browser.claimTask("Answer match proposal");
        var profile = browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//h4[contains(., 'The company abroad that asks')]")));
        browser.driver().executeScript("arguments[0].scrollIntoView()", profile);
        assertThat(browser.driver().findElement(By.cssSelector(".fjs-form")).getText()).contains(pair.partner(),
                "Their offers meet your needs", "export distributor", "PL-PODLASKIE", "organic cheese")
                .doesNotContain(Companies.podlaskieDairy().get("legalName").toString(), "test.person@example.com");
        browser.screenshot("counterpart-review-anonymised-profile");
        browser.click(By.xpath("//label[contains(., 'Yes')]"));
        browser.screenshot("counterpart-answer-filled");
        browser.completeTask();
        browser.waiting().until(driver -> proposalStatus().equals("COUNTERPART_AGREED"));
    }

    private String proposalStatus() {
        return String.valueOf(ourPartner().get("status"));
    }

    /** The proposal of the Hamburg partner among the case's candidates (demo companies may be shortlisted too). */
    private Map<?, ?> ourPartner() {
        var proposals = podlaskie.getForObject("/api/cases/" + pair.caseId() + "/proposals", Map[].class);
        return Arrays.stream(proposals).filter(p -> pair.partner().equals(p.get("candidateCompanyId")))
                .findFirst().orElseThrow();
    }
}
