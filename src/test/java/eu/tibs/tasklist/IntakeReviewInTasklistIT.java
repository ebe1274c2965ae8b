package eu.tibs.tasklist;

import java.util.Map;

import eu.tibs.support.Browser;
import eu.tibs.support.Companies;
import eu.tibs.support.TestUsers;
import eu.tibs.support.OnH2;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A Podlaskie broker logs into Tasklist, opens the intake review of a new case, fills its form and completes it. */
@OnH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class IntakeReviewInTasklistIT {
    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate anonymous;
    @Autowired
    IdentityService identity;
    TestRestTemplate http;

    @BeforeEach
    void logInAsPodlaskieBroker() {
        TestUsers.ensureAll(identity);
        http = TestUsers.PL_BROKER.client(anonymous);
    }

    @Test
    void aBrokerAcceptsAnApplicationInTasklist() {
        String companyId = (String) http.postForEntity("/api/companies", Companies.podlaskieDairy(), Map.class)
                .getBody().get("id");
        String caseId = (String) http.postForEntity("/api/companies/" + companyId + "/cases", null, Map.class)
                .getBody().get("id");

        try (var browser = Browser.start()) {
            browser.screenshotOnFailure(() -> acceptInTasklist(browser, caseId));
        }
        assertThat(http.getForObject("/api/cases/" + caseId, Map.class)).containsEntry("stage", "NEEDS_ANALYSIS");
    }

    private void acceptInTasklist(Browser browser, String caseId) {
        browser.logIntoTasklist(port, "anna.kowalska");
        browser.claimTask("Review application");
        browser.waiting().until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(., 'The application')]")));
        assertThat(browser.driver().findElement(By.cssSelector(".fjs-form")).getText()).contains(
                "Podlaskie Test Dairy Sp. z o.o.", "test.person@example.com", "10.51", "Open the company record");
        browser.screenshot("intake-review-application");
        browser.click(By.xpath("//label[contains(., 'Accept')]"));
        browser.screenshot("intake-review-filled");
        browser.completeTask();
        browser.waiting().until(driver -> "NEEDS_ANALYSIS".equals(http.getForObject("/api/cases/" + caseId, Map.class)
                .get("stage")));
        browser.screenshot("intake-review-completed");
    }
}
