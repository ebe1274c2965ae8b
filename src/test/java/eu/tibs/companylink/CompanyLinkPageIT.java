package eu.tibs.companylink;

import java.util.UUID;

import eu.tibs.support.Browser;
import eu.tibs.support.Companies;
import eu.tibs.support.CrossBorderScenario;
import eu.tibs.support.OnH2;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** A company opens the personal link from its e-mail, without a login, and reads where its case stands. */
@OnH2
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CompanyLinkPageIT extends CrossBorderScenario {
    @LocalServerPort
    int port;
    @Autowired
    CompanyLinks links;

    @Test
    void theCompanyReadsItsCaseStageAndHowLongTheLinkHolds() {
        String company = register(podlaskie, Companies.podlaskieDairy());
        String caseId = openCase(company);
        String link = links.linkFor(UUID.fromString(caseId), UUID.fromString(company))
                .replace("http://localhost:8080", "http://localhost:" + port);

        try (var browser = Browser.start()) {
            browser.screenshotOnFailure(() -> {
                browser.driver().get(link);
                browser.waiting().until(ExpectedConditions.textToBe(By.id("status"),
                        "Your application has arrived; your broker is reviewing it."));
                assertThat(browser.driver().findElement(By.id("expiry")).getText()).startsWith("This link is valid until");
                browser.screenshot("company-link-page");

                browser.driver().get(link.substring(0, link.length() - 3) + "abc");
                browser.waiting().until(ExpectedConditions.textToBe(By.id("status"),
                        "This link is not valid. Please open it again from your e-mail."));
            });
        }
    }
}
