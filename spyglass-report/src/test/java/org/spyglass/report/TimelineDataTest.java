package org.spyglass.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.time.Times;

class TimelineDataTest {

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
        java.io.StringWriter out = new java.io.StringWriter();

        long count = TimelineData.write(new StringReader(csv), List.of(), out);

        assertThat(count).isEqualTo(1);
        String page = "<script type=\"application/octet-stream\" id=\"timeline-data\">" + out + "</script>";
        assertThat(PageData.timeline(page).get("rows").get(0).get(3).asText()).isEqualTo("kept");
    }
}
