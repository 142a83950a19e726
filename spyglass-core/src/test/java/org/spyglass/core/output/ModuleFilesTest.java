package org.spyglass.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.UrlRecord;
import org.spyglass.core.time.Times;

class ModuleFilesTest {
    private static final Instant T = Instant.parse("2024-03-02T10:15:30.123456789Z");

    @TempDir
    Path dir;

    private record Message(long rowId, String text, Instant isodate, List<String> links) {
    }

    private record Amount(String name, BigDecimal value) {
    }

    @Test
    void writesRecordsAndTheirTimesketchLinesAsJacksonWritesThem() throws IOException {
        List<Record> records = List.of(new Message(1, "caf\u00e9 \"x\"\n\ud83d\ude00", T, List.of("https://a.example/")),
                new Amount("left to Jackson", new BigDecimal("1.50")), new Message(2, null, null, List.of()));
        Path folder = run(true, files -> {
            for (Record record : records) {
                files.record(record);
                files.timeline(new TimelineEvent(T, "m", "event", "description"));
            }
        });
        List<String> expected = new ArrayList<>();
        for (Record record : records) {
            expected.add(new String(Json.mapper().writeValueAsBytes(record), StandardCharsets.UTF_8));
        }
        assertThat(Files.readString(folder.resolve("m.json"))).isEqualTo("[\n" + String.join(",\n", expected)
                + "\n]\n");
        List<String> lines = Files.readAllLines(folder.resolve(RunOutputs.TIMELINE_JSONL));
        assertThat(lines).hasSize(3);
        for (int i = 0; i < 3; i++) {
            assertThat(lines.get(i)).endsWith("," + expected.get(i).substring(1));
        }
    }

    @Test
    void writesUrlsAsTheGeneratorWroteThem() throws IOException {
        List<UrlRecord> urls = List.of(new UrlRecord("https://example.com/a?b=\"c\"&d=\u00e9\ud83d\ude00\t", T, "sms"),
                new UrlRecord("http://x", null, "safari\\history"),
                new UrlRecord("http://far", Instant.ofEpochSecond(300_000_000_000L, 5_000), "s"),
                new UrlRecord("\ud800", Instant.ofEpochSecond(-62_135_596_801L), "lone"));
        Path folder = run(false, files -> {
            files.record(new Message(1, "m", T, List.of()));
            for (UrlRecord url : urls) {
                files.url(url);
            }
        });
        List<String> expected = new ArrayList<>();
        for (UrlRecord url : urls) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (JsonGenerator generator = Json.generator(out, false)) {
                generator.writeStartObject();
                generator.writeStringField("url", url.url());
                generator.writeNullField("expanded_url");
                generator.writeStringField("timestamp", Times.mvt(url.timestamp()));
                generator.writeStringField("source", url.source());
                generator.writeEndObject();
            }
            expected.add(out.toString(StandardCharsets.UTF_8));
        }
        assertThat(Files.readString(folder.resolve(RunOutputs.URLS))).isEqualTo("[\n" + String.join(",\n", expected)
                + "\n]\n");
    }

    private interface Writes {
        void to(ModuleFiles files) throws IOException;
    }

    private Path run(boolean timesketch, Writes writes) throws IOException {
        Path folder = Files.createDirectory(dir.resolve("out"));
        Path spool = Files.createDirectory(dir.resolve("spool"));
        try (RunOutputs outputs = new RunOutputs(folder, spool, false, timesketch, 2, Clock.systemUTC())) {
            try (ModuleFiles files = outputs.module("m")) {
                writes.to(files);
            }
            outputs.finish(List.of("m"));
        }
        return folder;
    }
}
