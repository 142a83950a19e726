package org.spyglass.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.spyglass.core.output.CsvWriter;
import org.spyglass.core.time.Times;

/**
 * The page reads its timeline as a stream: data that the browser decompresses and decodes in many chunks, whose
 * boundaries fall inside rows and inside multi-byte characters, comes out whole; data cut short or not of this format
 * is reported as unreadable.
 */
class StreamedTimelineBrowserTest {
    private static final Duration BOUND = Duration.ofSeconds(60);
    private static final int EVENTS = 30_000;
    /** The page decodes its base64 this many characters at a time. */
    private static final int SLICE = 1 << 16;
    /** Mostly characters of two, three and four bytes, and every escaped byte. */
    private static final String[] TOKENS = {"\u00e9", "\u4e2d", "\ud83d\ude00", "\u00df", "\u0436", "\t", "\\",
        "\\n", "x", "\u00fc", "\u20ac", "\ud83d\udef0", "\u4e2d\u6587", "\r\n", "\n"};
    private static final long START = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();

    @TempDir
    Path temp;

    private static String description(Random random, int i) {
        StringBuilder text = new StringBuilder("row#").append(i).append("# ");
        for (int t = 0; t < 60; t++) {
            text.append(TOKENS[random.nextInt(TOKENS.length)]);
        }
        return text.toString();
    }

    /** A results folder whose timeline holds {@link #EVENTS} awkward descriptions; returns them. */
    private List<String> results(Path folder) throws IOException {
        new ResultsFixture().write(folder);
        Random random = new Random(2026);
        List<String> descriptions = new ArrayList<>();
        try (CsvWriter csv = new CsvWriter(folder.resolve("timeline.csv"))) {
            csv.row("UTC Timestamp", "Plugin", "Event", "Description");
            for (int i = 0; i < EVENTS; i++) {
                String description = description(random, i);
                descriptions.add(description);
                csv.row(Times.mvt(Instant.ofEpochSecond(START + i * 37L, i * 1000L)), i % 3 == 0 ? "sms" : "whatsapp",
                        "kind_" + i % 4, description);
            }
        }
        return descriptions;
    }

    /** The detail shown, as JSON in transit: WebDriver does not carry a carriage return as it is. */
    private static String detail(HeadlessChromium chromium) throws IOException {
        return new ObjectMapper().readValue((String) chromium.script(
                "return JSON.stringify(document.getElementById('tl-detail').textContent)"), String.class);
    }

    private static void showOnly(HeadlessChromium chromium, String query, long expected) {
        chromium.script("document.body.dataset.filtered = '';"
                + "var t = document.getElementById('tl-text'); t.value = arguments[0];"
                + "t.dispatchEvent(new Event('input'))", query);
        chromium.awaitFiltered(expected, BOUND);
    }

    @Test
    void readsDataDecodedInManyChunksWholeWithEveryCharacterAndEscape() throws Exception {
        Path results = temp.resolve("results");
        List<String> descriptions = results(results);
        Path page = new ReportWriter().write(results);
        String html = Files.readString(page, StandardCharsets.UTF_8);
        assertThat(PageData.base64(html).length()).as("slices of the page's data").isGreaterThan(20 * SLICE);
        assertThat(PageData.lines(html).length).isGreaterThan(4 * 1024 * 1024);
        assertThat(PageData.timeline(html).rows()).extracting(PageData.Row::description)
                .containsExactlyElementsOf(descriptions);

        try (HeadlessChromium chromium = HeadlessChromium.start(temp.resolve("profile"))) {
            chromium.open(page, BOUND);

            assertThat(chromium.body("data-state")).isEqualTo("ready");
            assertThat(chromium.body("data-filtered")).isEqualTo(String.valueOf(EVENTS));
            assertThat(chromium.driver.findElement(By.id("tl-summary")).getText()).startsWith(String.format(
                    Locale.ROOT, "30,000 events from 2024-01-01 00:00:00.000000 to %s UTC.",
                    Times.mvt(Instant.ofEpochSecond(START + (EVENTS - 1) * 37L, (EVENTS - 1) * 1000L))));
            showOnly(chromium, "\ufffd", 0);
            for (String query : List.of("\ud83d\ude00\ud83d\udef0", "\u4e2d\t\u00e9", "\\n\\", "\u00df\u20ac",
                    "\u0436\u0436\u0436", "x\\x")) {
                showOnly(chromium, query, descriptions.stream().filter(d -> d.contains(query)).count());
            }
            Random pick = new Random(5);
            for (int n = 0; n < 30; n++) {
                int i = n == 0 ? 0 : n == 1 ? EVENTS - 1 : pick.nextInt(EVENTS);
                showOnly(chromium, "row#" + i + "#", 1);
                chromium.driver.findElement(By.cssSelector("#tl-list .tl-row")).click();
                assertThat(detail(chromium)).as("row %d", i).endsWith("\n" + descriptions.get(i));
            }
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }

    /**
     * The page reads its data slice by slice and never as one string, which could not hold the data of a timeline of
     * tens of millions of events: here every way of reading the data element or its text whole throws. The base64
     * is wrapped in lines, so that the white space the page drops falls at every offset of its slices.
     */
    @Test
    void readsItsDataSliceBySliceNeverWholeWhateverTheWhiteSpace() throws Exception {
        Path results = temp.resolve("results");
        List<String> descriptions = results(results);
        String html = Files.readString(new ReportWriter().write(results), StandardCharsets.UTF_8);
        String base64 = PageData.base64(html);
        StringBuilder wrapped = new StringBuilder("\n  ");
        for (int at = 0; at < base64.length(); at += 77) {
            wrapped.append(base64, at, Math.min(base64.length(), at + 77)).append(at % 3 == 0 ? "\r\n " : "\n");
        }
        String page = PageData.withBase64(html, wrapped.toString());
        int after = page.indexOf("</script>", page.indexOf(PageData.START)) + "</script>".length();
        String guard = "<script>(function () { var d = document.getElementById('timeline-data'), t = d.firstChild;"
                + " function whole() { throw new Error('the data was read whole'); }"
                + " ['textContent', 'innerHTML', 'innerText', 'outerHTML'].forEach(function (p) {"
                + " Object.defineProperty(d, p, { get: whole }); });"
                + " ['data', 'nodeValue', 'textContent', 'wholeText'].forEach(function (p) {"
                + " Object.defineProperty(t, p, { get: whole }); }); })();</script>";
        Path guarded = Files.writeString(temp.resolve("guarded.html"),
                page.substring(0, after) + guard + page.substring(after), StandardCharsets.UTF_8);
        assertThat(wrapped.length()).as("slices of the page's data").isGreaterThan(20 * SLICE);

        try (HeadlessChromium chromium = HeadlessChromium.start(temp.resolve("profile"))) {
            chromium.open(guarded, BOUND);

            assertThat(chromium.body("data-state")).isEqualTo("ready");
            assertThat(chromium.body("data-filtered")).isEqualTo(String.valueOf(EVENTS));
            for (int i : new int[] {0, EVENTS / 2, EVENTS - 1}) {
                showOnly(chromium, "row#" + i + "#", 1);
                chromium.driver.findElement(By.cssSelector("#tl-list .tl-row")).click();
                assertThat(detail(chromium)).as("row %d", i).endsWith("\n" + descriptions.get(i));
            }
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }

    @Test
    void showsBytesThatAreNotUtf8AsReplacementCharacters() throws Exception {
        Path results = new ResultsFixture().event("2024-03-02 10:00:00.000000", "sms", "sms_received", "before")
                .event("2024-03-02 10:00:01.000000", "sms", "sms_received", "bad BYTES here")
                .event("2024-03-02 10:00:02.000000", "sms", "sms_received", "after").write(temp.resolve("results"));
        String html = Files.readString(new ReportWriter().write(results), StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xff, (byte) 0xc3, '\\', 't', (byte) 0xe4, (byte) 0xb8};
        Path page = page(html, lines -> replace(lines, "BYTES", bad));

        try (HeadlessChromium chromium = HeadlessChromium.start(temp.resolve("profile"))) {
            chromium.open(page, BOUND);

            assertThat(chromium.body("data-state")).isEqualTo("ready");
            assertThat(chromium.body("data-filtered")).isEqualTo("3");
            showOnly(chromium, "bad", 1);
            chromium.driver.findElement(By.cssSelector("#tl-list .tl-row")).click();
            assertThat(detail(chromium)).endsWith("\nbad \ufffd\ufffd\t\ufffd here");
            assertThat(chromium.consoleErrors()).isEmpty();
        }
    }

    static Stream<Arguments> unreadableData() {
        return Stream.of(
                Arguments.of("without its last line", (UnaryOperator<byte[]>) lines -> cutAfter(lines, "\nend\t")),
                Arguments.of("cut inside a row and a character", (UnaryOperator<byte[]>) lines ->
                        Arrays.copyOf(lines, indexOf(lines, "\u4e2d".getBytes(StandardCharsets.UTF_8)) + 1)),
                Arguments.of("with a wrong count", (UnaryOperator<byte[]>) lines -> replace(lines, "end\t3", "end\t4")),
                Arguments.of("with a row after its last line", (UnaryOperator<byte[]>) lines -> concat(lines,
                        "0\t0\t1\t\tlate\n")),
                Arguments.of("of another version", (UnaryOperator<byte[]>) lines ->
                        replace(lines, TimelineData.HEADER, "spyglass-timeline\t2")),
                Arguments.of("with an unknown escape", (UnaryOperator<byte[]>) lines -> replace(lines, "after",
                        "af\\qter")));
    }

    @ParameterizedTest(name = "data {0}")
    @MethodSource("unreadableData")
    void reportsDataThatIsNotWholeAsUnreadable(String what, UnaryOperator<byte[]> change) throws Exception {
        Path page = page(threeEventPage(), change);

        assertUnreadable(page);
    }

    @Test
    void reportsCompressedDataCutShortAsUnreadable() throws Exception {
        String html = threeEventPage();
        byte[] gzip = Base64.getDecoder().decode(PageData.base64(html));
        Path page = temp.resolve("cut.html");
        Files.writeString(page, PageData.withBase64(html, Base64.getEncoder().encodeToString(
                Arrays.copyOf(gzip, gzip.length - 12))), StandardCharsets.UTF_8);

        assertUnreadable(page);
    }

    private void assertUnreadable(Path page) {
        try (HeadlessChromium chromium = HeadlessChromium.start(temp.resolve("profile"))) {
            chromium.open(page, BOUND);

            assertThat(chromium.body("data-state")).isEqualTo("failed");
            assertThat(chromium.driver.findElement(By.id("tl-summary")).getText())
                    .startsWith("The timeline could not be read: ");
        }
    }

    private String threeEventPage() throws IOException {
        Path results = new ResultsFixture().event("2024-03-02 10:00:00.000000", "sms", "sms_received", "before")
                .event("2024-03-02 10:00:01.000000", "sms", "sms_received", "caf\u00e9 \u4e2d\u6587 text")
                .event("2024-03-02 10:00:02.000000", "sms", "sms_received", "after").write(temp.resolve("results"));
        return Files.readString(new ReportWriter().write(results), StandardCharsets.UTF_8);
    }

    /** The page with its data's lines changed, compressed again. */
    private Path page(String html, UnaryOperator<byte[]> change) throws IOException {
        ByteArrayOutputStream gzip = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(gzip)) {
            out.write(change.apply(PageData.lines(html)));
        }
        Path page = temp.resolve("changed.html");
        Files.writeString(page, PageData.withBase64(html, Base64.getEncoder().encodeToString(gzip.toByteArray())),
                StandardCharsets.UTF_8);
        return page;
    }

    private static byte[] replace(byte[] lines, String from, String to) {
        return replace(lines, from, to.getBytes(StandardCharsets.UTF_8));
    }

    /** The lines with the first {@code from} (as UTF-8) replaced by the bytes {@code to}. */
    private static byte[] replace(byte[] lines, String from, byte[] to) {
        byte[] part = from.getBytes(StandardCharsets.UTF_8);
        int at = indexOf(lines, part);
        byte[] changed = new byte[lines.length - part.length + to.length];
        System.arraycopy(lines, 0, changed, 0, at);
        System.arraycopy(to, 0, changed, at, to.length);
        System.arraycopy(lines, at + part.length, changed, at + to.length, lines.length - at - part.length);
        return changed;
    }

    private static byte[] cutAfter(byte[] lines, String marker) {
        return Arrays.copyOf(lines, indexOf(lines, marker.getBytes(StandardCharsets.UTF_8)) + 1);
    }

    private static byte[] concat(byte[] lines, String more) {
        byte[] tail = more.getBytes(StandardCharsets.UTF_8);
        byte[] all = Arrays.copyOf(lines, lines.length + tail.length);
        System.arraycopy(tail, 0, all, lines.length, tail.length);
        return all;
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        int at = text.indexOf(new String(part, StandardCharsets.ISO_8859_1));
        assertThat(at).isNotNegative();
        return at;
    }
}
