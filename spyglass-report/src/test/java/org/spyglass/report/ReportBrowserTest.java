package org.spyglass.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/** Opens a generated report from disk in real headless Chromium. */
class ReportBrowserTest {
    private static final Duration BOUND = Duration.ofSeconds(30);

    @TempDir
    Path temp;

    @Test
    void showsVerdictAndAlertsAndFiltersTheTimelineWithoutConsoleErrors() throws Exception {
        ResultsFixture fixture = new ResultsFixture()
                .verdict("SIGNS_OF_COMPROMISE", "Signs of compromise: 2 severe alerts matched known spyware "
                        + "indicators (Pegasus), the first on 2024-03-02: expert review needed.")
                .deviceName(ResultsFixture.HOSTILE)
                .indicatorAlert("CRITICAL", "sms", "Message with a link to evil.example", "2024-03-02 10:15:31.000000",
                        "https://evil.example/x")
                .indicatorAlert("HIGH", "safari_history", ResultsFixture.HOSTILE, "2024-03-03 08:00:00.000000",
                        "https://b.evil.example/")
                .heuristicAlert("MEDIUM", "tcc", "Microphone access granted to an unknown client", "", "tcc.unknown",
                        "No app of that name is installed.");
        String[] modules = {"sms", "safari_history", "tcc"};
        for (int i = 0; i < 30; i++) {
            fixture.event(String.format(java.util.Locale.ROOT, "2024-03-%02d 09:00:00.000000", 1 + i / 3),
                    modules[i % 3], "event", (i == 7 ? "the needle in the haystack " : "message ") + i);
        }
        fixture.event("2024-03-20 09:00:00.000000", "sms", "event", ResultsFixture.HOSTILE);
        Path results = fixture.write(temp.resolve("results"));
        Path page = new ReportWriter().write(results);

        try (HeadlessChromium chromium = HeadlessChromium.start(temp.resolve("profile"))) {
            chromium.open(page, BOUND);

            assertThat(chromium.body("data-state")).isEqualTo("ready");
            assertThat(chromium.driver.findElement(By.cssSelector("#verdict h1")).getText())
                    .isEqualTo("Signs of compromise: expert review needed");
            List<WebElement> alerts = chromium.driver.findElements(By.cssSelector("article.alert"));
            assertThat(alerts).hasSize(3).allMatch(WebElement::isDisplayed);
            assertThat(alerts).extracting(a -> a.findElement(By.tagName("h3")).getText()).containsExactly(
                    "CRITICAL Message with a link to evil.example", "HIGH " + ResultsFixture.HOSTILE,
                    "MEDIUM Microphone access granted to an unknown client");
            assertThat(chromium.script("return typeof window.pwned")).isEqualTo("undefined");
            chromium.awaitFiltered(33, BOUND);

            chromium.driver.findElement(By.id("tl-text")).sendKeys("needle");
            chromium.awaitFiltered(1, BOUND);
            assertThat(chromium.driver.findElements(By.cssSelector("#tl-list .tl-row"))).singleElement()
                    .extracting(WebElement::getText).asString().contains("the needle in the haystack 7");

            chromium.driver.findElement(By.id("tl-text")).clear();
            chromium.script("document.getElementById('tl-text').dispatchEvent(new Event('input'))");
            chromium.awaitFiltered(33, BOUND);
            new Select(chromium.driver.findElement(By.id("tl-module"))).selectByValue("tcc");
            chromium.awaitFiltered(10, BOUND);
            new Select(chromium.driver.findElement(By.id("tl-module"))).selectByValue("");
            new Select(chromium.driver.findElement(By.id("tl-level"))).selectByValue("alerts");
            chromium.awaitFiltered(2, BOUND);
            assertThat(chromium.driver.findElements(By.cssSelector("#tl-list .tl-row.alert"))).hasSize(2);
            new Select(chromium.driver.findElement(By.id("tl-level"))).selectByValue("all");
            chromium.awaitFiltered(33, BOUND);

            assertThat(chromium.consoleErrors()).isEmpty();
            chromium.screenshot(Path.of("target", "report-screenshot.png"), 1280, 2000);
            chromium.screenshot(Path.of("target", "report-screenshot-phone.png"), 390, 1600);
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }
}
