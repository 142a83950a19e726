package org.spyglass.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.spyglass.core.ExitCode;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.output.AtomicFile;

class ReportWriterTest {
    @TempDir
    Path temp;

    private String report(ResultsFixture fixture) throws IOException {
        Path results = fixture.write(temp.resolve("results"));
        Path page = new ReportWriter().write(results);
        assertThat(page).isEqualTo(results.resolve("report.html").toAbsolutePath());
        return Files.readString(page, StandardCharsets.UTF_8);
    }

    private static String verdictSection(String html) {
        Matcher m = Pattern.compile("<section id=\"verdict\".*?</section>", Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        return m.group();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "NO_MATCH|No match with the 9,000 indicators of 2026-11-20",
        "SIGNS_OF_TARGETING|Signs of targeting: expert review needed",
        "SIGNS_OF_COMPROMISE|Signs of compromise: expert review needed",
        "INCOMPLETE|Incomplete check: no conclusion either way"})
    void bannerWordsTheVerdictPlainlyAndNeverSaysClean(String code, String headline) throws IOException {
        String html = report(new ResultsFixture().verdict(code, "The run's own sentence."));

        String banner = verdictSection(html);
        assertThat(banner).contains("data-verdict=\"" + code + "\"").contains("<h1>" + headline + "</h1>")
                .contains("The run&#39;s own sentence.");
        assertThat(html.toLowerCase(Locale.ROOT)).doesNotContain("clean");
    }

    @Test
    void escapesHostileEvidenceSoNothingBreaksOutOfItsElement() throws IOException {
        String html = report(new ResultsFixture().deviceName(ResultsFixture.HOSTILE)
                .indicatorAlert("HIGH", "sms", ResultsFixture.HOSTILE, "2024-03-02 10:15:31.000000",
                        ResultsFixture.HOSTILE)
                .event("2024-03-02 10:15:30.000000", "sms", "sms_received", ResultsFixture.HOSTILE));

        assertThat(html).doesNotContain("<img src=x").doesNotContain("<script>window.pwned")
                .contains("&lt;/script&gt;&lt;script&gt;window.pwned&#61;1&lt;/script&gt;&lt;img src&#61;x onerror&#61;");
        assertThat(Pattern.compile("</script>").matcher(html).results().count())
                .as("only the page's own data, library and app scripts close").isEqualTo(3);
        assertThat(Pattern.compile("<script").matcher(html).results().count()).isEqualTo(3);
        assertThat(PageData.timeline(html).rows()).extracting(PageData.Row::description)
                .containsOnly(ResultsFixture.HOSTILE);
    }

    @Test
    void explainsAnIndicatorAlertWithArtifactTimeCampaignAndSource() throws IOException {
        String html = report(new ResultsFixture().indicatorAlert("CRITICAL", "sms",
                "Message with a link to a known spyware domain", "2024-03-02 10:15:31.000000",
                "https://a.evil.example/x"));

        Matcher m = Pattern.compile("<article class=\"alert level-critical\" id=\"alert-1\".*?</article>",
                Pattern.DOTALL).matcher(html);
        assertThat(m.find()).isTrue();
        assertThat(m.group()).contains("Message with a link to a known spyware domain")
                .contains("<code>/private/var/mobile/Library/SMS/sms.db</code>")
                .contains("2024-03-02 10:15:31.000000 UTC")
                .contains("<code>evil.example</code> (domains, subdomain of), seen as <code>https://a.evil.example/x</code>")
                .contains("<strong>Pegasus</strong>, from AmnestyTech investigations (<code>pegasus.stix2</code>)")
                .contains("indicator--1234")
                .contains("the phone received it, or contacted it")
                .contains("It does not prove the spyware was installed");
    }

    @Test
    void explainsWhyAHeuristicFiredAndThatItMatchesNoIndicator() throws IOException {
        String html = report(new ResultsFixture().heuristicAlert("HIGH", "shutdown_log",
                "Process ran from a temporary folder", "", "shutdown_log.suspicious_path",
                "Spyware has run from /private/var/db/ before; system processes do not."));

        assertThat(html).contains("Why the heuristic fired")
                .contains("<code>shutdown_log.suspicious_path</code>: Spyware has run from /private/var/db/ before")
                .contains("It matches no published spyware indicator")
                .contains("the record carries no time");
    }

    @Test
    void showsDeviceEvidenceFeedsAndParserStatuses() throws IOException {
        String html = report(new ResultsFixture());

        assertThat(html).contains("<th>ProductType</th><td>iPhone14,2</td>")
                .contains("<code>/cases/42/backup</code>").contains("IOS_BACKUP")
                .contains("cd".repeat(32))
                .contains("<td>AmnestyTech investigations</td><td><code>bundled:amnesty/pegasus.stix2</code></td>"
                        + "<td class=\"num\">9,000</td>")
                .contains("absent: 1").contains("failed: 1").contains("ran: 1")
                .contains("TCC.db: database disk image is malformed")
                .contains("No alert was raised.");
    }

    @Test
    void timelineMergesTimedAlertsIntoTheEventsByTimeWithADictionary() throws IOException {
        String html = report(new ResultsFixture()
                .event("2024-03-02 10:00:00.000000", "sms", "sms_received", "first")
                .event("2024-03-02 11:00:00.000000", "safari_history", "visit", "third")
                .indicatorAlert("HIGH", "sms", "the alert", "2024-03-02 10:30:00.000001", "evil.example")
                .heuristicAlert("MEDIUM", "tcc", "no time", "", "tcc.x", "why"));

        assertThat(new String(PageData.lines(html), StandardCharsets.UTF_8)).isEqualTo("""
                spyglass-timeline\t1
                =sms
                =sms_received
                1709373600000000\t0\t1\t\tfirst
                =alert
                1800000001\t0\t2\t3\tthe alert
                =safari_history
                =visit
                1799999999\t3\t4\t\tthird
                end\t3
                """);
    }

    @Test
    void refusesAFolderWithoutSummaryInOneSentence() {
        assertThatThrownBy(() -> new ReportWriter().write(temp))
                .isInstanceOf(SpyglassException.class)
                .hasMessageContaining("summary.json not found in " + temp)
                .satisfies(e -> assertThat(((SpyglassException) e).exitCode()).isEqualTo(ExitCode.INPUT_ERROR));
    }

    @Test
    void writesToAGivenFileAndLeavesNoPartialFile() throws IOException {
        Path results = new ResultsFixture().write(temp.resolve("results"));
        Path output = temp.resolve("elsewhere.html");

        new ReportWriter().write(results, output);

        assertThat(output).content(StandardCharsets.UTF_8).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
        assertThat(AtomicFile.temporaryOf(output)).doesNotExist();
        assertThat(results.resolve("report.html")).doesNotExist();
    }

    /**
     * About 360 MB of timeline text goes through a writer whose JVM has a heap of 256 MB (this module's surefire
     * -Xmx256m): holding the rows would run out of memory, streaming them does not.
     */
    @Test
    void streamsATimelineLargerThanTheHeapWithoutHoldingIt() throws IOException {
        Path results = new ResultsFixture().write(temp.resolve("results"));
        ResultsReader.Read read = new ResultsReader().read(results);
        long rows = 1_400_000;
        CountingWriter out = new CountingWriter();

        long written = new ReportWriter().write(read, new GeneratedTimeline(rows, 200), out);

        assertThat(written).isEqualTo(rows);
        assertThat(GeneratedTimeline.bytes(rows, 200)).isGreaterThan(Runtime.getRuntime().maxMemory());
        assertThat(out.count).isLessThan(GeneratedTimeline.bytes(rows, 200) / 4);
    }

    /** Discards what it is given and counts it. */
    private static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] chars, int offset, int length) {
            count += length;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }

    /** A timeline.csv made on the fly: a header, then rows of a given width, never held whole. */
    private static final class GeneratedTimeline extends Reader {
        private final long rows;
        private final int width;
        private long row = -1;
        private String current = "\"UTC Timestamp\",\"Plugin\",\"Event\",\"Description\"\r\n";
        private int position;

        GeneratedTimeline(long rows, int width) {
            this.rows = rows;
            this.width = width;
        }

        static long bytes(long rows, int width) {
            return rows * (width + 60L);
        }

        @Override
        public int read(char[] buffer, int offset, int length) {
            if (position == current.length()) {
                row++;
                if (row >= rows) {
                    return -1;
                }
                long seconds = 1_700_000_000L + row;
                String time = org.spyglass.core.time.Times.mvt(java.time.Instant.ofEpochSecond(seconds));
                String text = ("row " + row + " ").repeat(width / 4).substring(0, width);
                current = "\"" + time + "\",\"sms\",\"sms_received\",\"" + text + "\"\r\n";
                position = 0;
            }
            int n = Math.min(length, current.length() - position);
            current.getChars(position, position + n, buffer, offset);
            position += n;
            return n;
        }

        @Override
        public void close() {
        }
    }
}
