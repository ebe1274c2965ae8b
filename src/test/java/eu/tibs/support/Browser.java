package eu.tibs.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** Headless Debian Chromium driven by Debian's chromedriver; test tools' own browser downloads fail here. */
public final class Browser implements AutoCloseable {
    public static final String INSTALL_HINT =
            "Browser tests need Debian's Chromium: apt-get install -y chromium chromium-driver";
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path userData;

    private Browser() throws IOException {
        userData = Files.createTempDirectory("tibs-chromium");
        var options = new ChromeOptions().setBinary(CHROMIUM.toFile())
                // As root, without a GPU, and with no network but loopback: these keep Chromium from stalling.
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-background-networking", "--disable-component-update", "--disable-sync",
                        "--no-first-run", "--window-size=1400,1000", "--user-data-dir=" + userData);
        var service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
        driver = new ChromeDriver(service, options);
    }

    /** A new browser, or the test is skipped with how to install one. */
    public static Browser start() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER), INSTALL_HINT);
        try {
            return new Browser();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    public WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(30));
    }

    /** Logs into Tasklist as a demo user (password {@code demo}) and opens the filter that lists their region's tasks. */
    public void logIntoTasklist(int port, String user) {
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        logIn(user);
        waiting().until(ExpectedConditions.elementToBeClickable(By.partialLinkText("My region's tasks"))).click();
    }

    /** Fills TIBS's one login page, where any page of TIBS or the webapps sends a browser without a session. */
    public void logIn(String user) {
        var wait = waiting();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.name("username"))).sendKeys(user);
        driver.findElement(By.name("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("button[type='submit']")).click();
        wait.until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Opens the task of that name in the list and claims it, so that its form can be filled. */
    public void claimTask(String name) {
        var wait = waiting();
        wait.until(ExpectedConditions.elementToBeClickable(By.partialLinkText(name))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector("[ng-click='claim()']"))).click();
    }

    /** Clicks the Complete button under the task's form. */
    public void completeTask() {
        click(By.xpath("//button[normalize-space()='Complete']"));
    }

    /** Clicks what the locator finds once it can be clicked, scrolled to the middle of the view first. */
    public WebElement click(By locator) {
        var element = waiting().until(ExpectedConditions.elementToBeClickable(locator));
        // A form that is still laying out its display data moves the element after the scroll: scroll and click again.
        return waiting().ignoring(ElementClickInterceptedException.class).until(browser -> {
            // In a long form, fields and buttons sit behind Tasklist's footer until scrolled into the middle.
            driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", element);
            element.click();
            return element;
        });
    }

    /** Logs the current user out of the Camunda webapps, so that another can log in. */
    public void logOut(int port) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/logout");
    }

    /** Saves what the page shows now, for a person to look at, under target/screenshots. */
    public Path screenshot(String name) {
        try {
            Path file = Path.of("target", "screenshots", name + ".png");
            Files.createDirectories(file.getParent());
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs browser steps; when one fails, what the page showed is saved as failure.png before the error goes on. */
    public void screenshotOnFailure(Runnable steps) {
        try {
            steps.run();
        } catch (RuntimeException e) {
            screenshot("failure");
            throw e;
        }
    }

    @Override
    public void close() {
        driver.quit();
    }
}
