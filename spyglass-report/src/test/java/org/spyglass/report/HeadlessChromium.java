package org.spyglass.report;

import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's headless Chromium driven through Debian's chromedriver: nothing is downloaded. Fails with a clear message
 * when either is missing (CI installs them), unless {@code -Dspyglass.skipBrowser=true}.
 */
final class HeadlessChromium implements AutoCloseable {
    static final Path BROWSER = Path.of("/usr/bin/chromium");
    static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    /** Kept referenced: Selenium warns on every start that it has no CDP binding for this Chromium, which no test uses. */
    private static final java.util.logging.Logger CDP_LOG = java.util.logging.Logger.getLogger(
            "org.openqa.selenium.devtools");

    final ChromeDriver driver;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    static HeadlessChromium start(Path profile) {
        Assumptions.assumeFalse(Boolean.getBoolean("spyglass.skipBrowser"),
                "browser tests skipped with -Dspyglass.skipBrowser=true");
        if (!Files.isExecutable(BROWSER) || !Files.isExecutable(DRIVER)) {
            fail(BROWSER + " or " + DRIVER + " is missing: install them with `apt-get install -y chromium "
                    + "chromium-driver` (as .ci/run does), or skip the browser tests with -Dspyglass.skipBrowser=true.");
        }
        CDP_LOG.setLevel(Level.SEVERE);
        System.setProperty("webdriver.chrome.driver", DRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        return new HeadlessChromium(new ChromeDriver(service, options));
    }

    /** Opens a page from disk and waits until its script says the timeline is ready. */
    void open(Path page, Duration bound) {
        driver.get(page.toAbsolutePath().toUri().toString());
        new WebDriverWait(driver, bound).until(d -> !"loading".equals(
                d.findElement(By.tagName("body")).getDomAttribute("data-state")));
    }

    String body(String attribute) {
        return driver.findElement(By.tagName("body")).getDomAttribute(attribute);
    }

    /** Waits until the timeline shows {@code expected} events, the bound being the only timing check. */
    void awaitFiltered(long expected, Duration bound) {
        new WebDriverWait(driver, bound).until(d -> String.valueOf(expected).equals(body("data-filtered")));
    }

    Object script(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Console messages of level SEVERE (errors) since the last call. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    void screenshot(Path file, int width, int height) throws IOException {
        driver.manage().window().setSize(new Dimension(width, height));
        script("window.scrollTo(0, 0)");
        Files.createDirectories(file.getParent());
        Files.copy(driver.getScreenshotAs(OutputType.FILE).toPath(), file, StandardCopyOption.REPLACE_EXISTING);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
