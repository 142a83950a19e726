package org.spyglass.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * A report of a million timeline events opens and filters in headless Chromium. The times are printed; the only
 * bound is the wait (a minute to open, half a minute per filter), loose on purpose for a busy machine.
 */
class LargeReportBrowserTest {
    private static final int EVENTS = 1_000_000;

    @TempDir
    Path temp;

    @Test
    void millionEventReportOpensAndFiltersWhileRenderingOnlyTheVisibleRows() throws Exception {
        Path results = new ResultsFixture().indicatorAlert("CRITICAL", "sms", "Message with a link to evil.example",
                "2024-03-02 10:15:31.000000", "https://evil.example/x").write(temp.resolve("results"));
        ResultsFixture.writeLargeTimeline(results, EVENTS);
        long writeStart = System.nanoTime();
        Path page = new ReportWriter().write(results);
        long writeMs = millisSince(writeStart);

        try (HeadlessChromium chromium = HeadlessChromium.start(temp.resolve("profile"))) {
            long openStart = System.nanoTime();
            chromium.open(page, Duration.ofSeconds(60));
            long openMs = millisSince(openStart);
            assertThat(chromium.body("data-state")).isEqualTo("ready");
            assertThat(chromium.body("data-filtered")).isEqualTo(String.valueOf(EVENTS + 1));
            assertThat(chromium.driver.findElements(By.cssSelector("#tl-list .tl-row")).size())
                    .as("rows in the page").isBetween(1, 100);

            long textStart = System.nanoTime();
            chromium.driver.findElement(By.id("tl-text")).sendKeys("number 99999");
            chromium.awaitFiltered(11, Duration.ofSeconds(30));
            long textMs = millisSince(textStart);

            chromium.driver.findElement(By.id("tl-text")).clear();
            chromium.script("document.getElementById('tl-text').dispatchEvent(new Event('input'))");
            chromium.awaitFiltered(EVENTS + 1, Duration.ofSeconds(30));
            long moduleStart = System.nanoTime();
            new Select(chromium.driver.findElement(By.id("tl-module"))).selectByValue("tcc");
            chromium.awaitFiltered(EVENTS / 5, Duration.ofSeconds(30));
            long moduleMs = millisSince(moduleStart);

            long levelStart = System.nanoTime();
            new Select(chromium.driver.findElement(By.id("tl-module"))).selectByValue("");
            new Select(chromium.driver.findElement(By.id("tl-level"))).selectByValue("alerts");
            chromium.awaitFiltered(1, Duration.ofSeconds(30));
            long levelMs = millisSince(levelStart);

            chromium.script("var l = document.getElementById('tl-list'); l.scrollTop = l.scrollHeight;");
            assertThat(chromium.consoleErrors()).isEmpty();
            System.out.printf(Locale.ROOT, "million-event report: %,d bytes, written in %d ms; opened (decoded, "
                            + "parsed, first render) in %d ms (in-page %s ms); text filter %d ms; module filter %d ms; "
                            + "level filter %d ms%n", Files.size(page), writeMs, openMs, chromium.body("data-load-ms"),
                    textMs, moduleMs, levelMs);
        }
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
