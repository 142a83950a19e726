package org.spyglass.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.time.Times;

class TimelineDataTest {

    private interface Rows {
        void write(TimelineData data) throws IOException;
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-03-02 10:15:30.000000", "1970-01-01 00:00:00.000001", "1969-12-31 23:59:59.999999",
        "2000-02-29 23:59:59.123456", "2099-12-31 00:00:00.000000"})
    void readsMvtTimesAsTheFormatterDoes(String time) {
        assertThat(TimelineData.micros(time))
                .isEqualTo(ChronoUnit.MICROS.between(Instant.EPOCH, Times.parseMvt(time)));
    }

    @ParameterizedTest
    @ValueSource(longs = {-62_135_596_800L, -11_000_000_000L, 9_300_000_000L, 253_402_300_799L, 400_000_000_000L})
    void readsTimesFarFrom1970ThatMvtRenders(long epochSecond) {
        // Beyond 1677-2262 a count of nanoseconds overflows; microseconds reach from year 1 to far past 9999.
        Instant instant = Instant.ofEpochSecond(epochSecond, 123_456_000);

        assertThat(TimelineData.micros(Times.mvt(instant))).isEqualTo(epochSecond * 1_000_000L + 123_456);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2024-13-02 10:15:30.000000", "2024-03-02 24:15:30.000000", "2024-03-02T10:15:30",
        "2023-02-29 00:00:00.000000", "not a time"})
    void refusesWhatIsNotAnMvtTime(String time) {
        assertThatThrownBy(() -> TimelineData.micros(time)).isInstanceOf(DateTimeException.class);
    }

    @Test
    void csvRowsReadQuotedFieldsWithCommasQuotesAndLineBreaks() throws IOException {
        CsvRows rows = new CsvRows(new StringReader("\"a\",\"b, c\"\r\n\"say \"\"hi\"\"\",\"two\nlines\"\r\n"));

        assertThat(rows.next()).containsExactly("a", "b, c");
        assertThat(rows.next()).containsExactly("say \"hi\"", "two\nlines");
        assertThat(rows.next()).isNull();
    }

    @Test
    void csvRowsReadFieldsAcrossBufferRefillsAndCapLongFields() throws IOException {
        String longText = "x\"y,".repeat(CsvRows.MAX_FIELD);
        StringBuilder csv = new StringBuilder();
        for (int i = 0; i < 3000; i++) {
            csv.append('"').append(i).append(" say \"\"hi\"\", twice\"\r\nplain").append(i).append("\"q,b\"\"c\r\n");
        }
        csv.append('"').append(longText.replace("\"", "\"\"")).append("\",").append("a\"b\r\n");
        CsvRows rows = new CsvRows(new StringReader(csv.toString()));

        for (int i = 0; i < 3000; i++) {
            assertThat(rows.next()).containsExactly(i + " say \"hi\", twice");
            assertThat(rows.next()).containsExactly("plain" + i + "\"q", "b\"\"c");
        }
        assertThat(rows.next()).containsExactly(longText.substring(0, CsvRows.MAX_FIELD), "a\"b");
        assertThat(rows.next()).isNull();
    }

    @Test
    void leavesOutTimelineRowsWithoutFourFieldsOrAReadableTime() throws IOException {
        String csv = "\"UTC Timestamp\",\"Plugin\",\"Event\",\"Description\"\r\n"
                + "\"garbage\",\"sms\",\"x\",\"bad time\"\r\n"
                + "\"2024-03-02 10:15:30.000000\",\"sms\"\r\n"
                + "\"2024-03-02 10:15:30.000000\",\"sms\",\"sms_received\",\"kept\"\r\n";
        StringWriter out = new StringWriter();

        long count = TimelineData.write(new StringReader(csv), List.of(), out);

        assertThat(count).isEqualTo(1);
        String page = "<script type=\"application/octet-stream\" id=\"timeline-data\">" + out + "</script>";
        assertThat(PageData.timeline(page).rows()).extracting(PageData.Row::description).containsExactly("kept");
    }

    private static String lines(Rows rows, List<AlertView> alerts) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (TimelineData data = new TimelineData(alerts, out)) {
            rows.write(data);
            data.finish();
        }
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(out.toByteArray()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void writesTimeDifferencesFromZeroAcrossLargeGapsAndBefore1970() throws IOException {
        String lines = lines(data -> {
            data.event(-62_135_596_800_000_000L, "m", "k", "year 1");
            data.event(-1, "m", "k", "just before 1970");
            data.event(-1, "m", "k", "same time");
            data.event(253_402_300_799_999_999L, "m", "k", "year 9999");
            data.event(253_402_300_799_999_999L + 1, "m", "k", "");
        }, List.of());

        assertThat(lines).isEqualTo("spyglass-timeline\t1\n=m\n=k\n-62135596800000000\t0\t1\t\tyear 1\n"
                + "62135596799999999\t0\t1\t\tjust before 1970\n0\t0\t1\t\tsame time\n"
                + "253402300800000000\t0\t1\t\tyear 9999\n1\t0\t1\t\t\nend\t5\n");
        assertThat(PageData.parse(lines).rows()).extracting(PageData.Row::micros).containsExactly(
                -62_135_596_800_000_000L, -1L, -1L, 253_402_300_799_999_999L, 253_402_300_800_000_000L);
    }

    @Test
    void writesADifferenceBeyondTheRangeOfALongInFull() throws IOException {
        String lines = lines(data -> {
            data.event(-9_000_000_000_000_000_000L, "m", "k", "a");
            data.event(9_000_000_000_000_000_000L, "m", "k", "b");
        }, List.of());

        assertThat(lines).contains("\n-9000000000000000000\t0\t1\t\ta\n18000000000000000000\t0\t1\t\tb\n");
    }

    @Test
    void namesEachDictionaryEntryOnceJustBeforeItsFirstRowAndEscapesIt() throws IOException {
        String lines = lines(data -> {
            data.event(10, "sms", "sms_received", "one");
            data.event(20, "sms", "sms_received", "two");
            data.event(30, "odd\tmodule\\", "sms_received", "three");
            data.event(40, "sms", "new\nkind", "four");
        }, List.of());

        assertThat(lines).isEqualTo("spyglass-timeline\t1\n=sms\n=sms_received\n10\t0\t1\t\tone\n"
                + "10\t0\t1\t\ttwo\n=odd\\tmodule\\\\\n10\t2\t1\t\tthree\n=new\\nkind\n10\t0\t3\t\tfour\n"
                + "end\t4\n");
        assertThat(PageData.parse(lines).dict()).containsExactly("sms", "sms_received", "odd\tmodule\\",
                "new\nkind");
    }

    @Test
    void mergesAlertsWithTheirLevelBeforeLaterEventsAndAfterAllEvents() throws IOException {
        AlertView early = alert("CRITICAL", 4, "sms", "early\r\nalert", 5);
        AlertView tie = alert("LOW", 1, "tcc", "at the same time", 20);
        AlertView late = alert("MEDIUM", 2, "sms", "after every event", 1_000);

        String lines = lines(data -> {
            data.event(10, "sms", "sms_received", "first");
            data.event(20, "sms", "sms_received", "second");
        }, List.of(early, tie, late));

        assertThat(lines).isEqualTo("spyglass-timeline\t1\n=sms\n=alert\n5\t0\t1\t4\tearly\\r\\nalert\n"
                + "=sms_received\n5\t0\t2\t\tfirst\n=tcc\n10\t3\t1\t1\tat the same time\n0\t0\t2\t\tsecond\n"
                + "980\t0\t1\t2\tafter every event\nend\t5\n");
    }

    @Test
    void writesAnEmptyTimelineAsTheFirstAndLastLinesOnly() throws IOException {
        assertThat(lines(data -> { }, List.of())).isEqualTo("spyglass-timeline\t1\nend\t0\n");
    }

    private static AlertView alert(String level, int levelIndex, String module, String message, long micros) {
        return new AlertView("alert-1", level, levelIndex, module, message, "", micros, null, List.of(), null, "",
                "", "");
    }
}
