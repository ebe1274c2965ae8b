package eu.tibs.workspace;

import eu.tibs.support.Browser;
import eu.tibs.support.OnH2;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Podlaskie broker's day in a browser, with one login: register a company (a field error corrected), open its case,
 * find the task card naming the company in Tasklist, complete the review there, read the service history on the
 * company's record. A Hamburg broker then gets "not found" for the same record.
 */
@OnH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class BrokerDayInTheWorkspaceIT {
    private static final String COMPANY = "Narew Cheese Makers";

    @LocalServerPort
    int port;

    @Test
    void aBrokerWorksACaseFromRegistrationToReviewWithOneLogin() {
        try (var browser = Browser.start()) {
            browser.screenshotOnFailure(() -> brokerDay(browser));
        }
    }

    private void brokerDay(Browser browser) {
        var driver = browser.driver();
        var wait = browser.waiting();
        driver.get(url("/workspace"));
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.screenshot("workspace-01-login");
        browser.logIn("anna.kowalska");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("header .who"), "anna.kowalska"));
        browser.screenshot("workspace-02-home");

        registerWithAnEmailToCorrect(browser);
        String recordUrl = driver.getCurrentUrl();
        browser.screenshot("workspace-05-record");

        browser.click(By.xpath("//button[normalize-space()='Open a case']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("section.open-task"),
                "Review application"));
        browser.screenshot("workspace-06-case");

        browser.click(By.linkText("Open in Tasklist"));
        // The card's variables arrive after the list itself.
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".tasks-list"), "INTAKE"));
        assertThat(driver.findElement(By.cssSelector(".tasks-list")).getText()).contains(COMPANY, "INTAKE");
        assertThat(driver.findElements(By.cssSelector(".tibs-workspace-link"))).isNotEmpty();
        browser.screenshot("workspace-07-tasklist-card");
        browser.claimTask("Review application");
        browser.click(By.xpath("//label[contains(., 'Accept')]"));
        browser.completeTask();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("[ng-click='claim()']")));

        // The review's completion reaches the case in the engine's transaction; the record shows the next stage.
        wait.until(page -> {
            page.get(recordUrl);
            return page.findElement(By.cssSelector("article.case h3")).getText().contains("NEEDS_ANALYSIS");
        });
        var history = driver.findElement(By.cssSelector("article.case"));
        assertThat(history.getText()).contains("Stage: Intake", "Task: Review application", "anna.kowalska",
                "Stage: Needs analysis");
        driver.executeScript("arguments[0].scrollIntoView({block: 'start'})", history);
        browser.screenshot("workspace-08-service-history");

        browser.click(By.xpath("//button[normalize-space()='Log out']"));
        wait.until(ExpectedConditions.urlContains("/login"));
        driver.get(recordUrl);
        browser.logIn("lena.schmidt");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Not found"));
        assertThat(driver.getPageSource()).doesNotContain(COMPANY);
        browser.screenshot("workspace-09-other-region-not-found");
    }

    private void registerWithAnEmailToCorrect(Browser browser) {
        var driver = browser.driver();
        var wait = browser.waiting();
        browser.click(By.linkText("Companies"));
        browser.click(By.linkText("Register a company"));
        driver.findElement(By.name("legalName")).sendKeys(COMPANY);
        driver.findElement(By.name("registryId")).sendKeys("KRS 0000123456");
        new Select(driver.findElement(By.name("regionCode"))).selectByValue("PL-PODLASKIE");
        new Select(driver.findElement(By.name("sizeClass"))).selectByValue("SMALL");
        driver.findElement(By.name("yearFounded")).sendKeys("2004");
        driver.findElement(By.name("languages")).sendKeys("pl, en");
        driver.findElement(By.name("naceQuery")).sendKeys("cheese");
        browser.click(By.xpath("//div[@id='nace-options']//label[contains(., 'Operation of dairies')]/input"));
        driver.findElement(By.name("contactName")).sendKeys("Ewa Zielinska");
        driver.findElement(By.name("contactEmail")).sendKeys("ewa.zielinska(at)narew.example");
        browser.click(By.name("consentGiven"));
        browser.screenshot("workspace-03-register");
        browser.click(By.xpath("//button[normalize-space()='Register']"));

        var emailError = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//input[@name='contactEmail']/following-sibling::span[@class='field-error']")));
        assertThat(emailError.getText()).contains("e-mail address");
        browser.screenshot("workspace-04-field-error");
        var email = driver.findElement(By.name("contactEmail"));
        email.clear();
        email.sendKeys("ewa.zielinska@narew.example");
        browser.click(By.xpath("//button[normalize-space()='Register']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), COMPANY));
    }

    private String url(String path) {
        return "http://localhost:" + port + path;
    }
}
