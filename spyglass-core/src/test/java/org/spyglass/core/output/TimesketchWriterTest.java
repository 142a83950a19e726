package org.spyglass.core.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.TimelineEvent;

class TimesketchWriterTest {
    private static final TimelineEvent EVENT = new TimelineEvent(Instant.ofEpochSecond(1709374531, 123_456_000),
            "sms", "sms_received", "Message \"hi\"\n\u0001 from caf\u00e9 \uD83D\uDE00");

    @TempDir
    Path folder;

    record Plain(long id, String text, double ratio, Map<String, Object> extra, List<String> tags) {
    }

    record Clashing(String message, long timestamp, String module, String body) {
    }

    record Empty() {
    }

    private String line(Object record) throws IOException {
        Path part = folder.resolve("part.jsonl");
        byte[] json = Json.mapper().writeValueAsBytes(record);
        try (TimesketchWriter writer = new TimesketchWriter(part)) {
            writer.write(EVENT, json, json.length);
        }
        List<String> lines = Files.readAllLines(part, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }

    /** A line as it must be, built through a tree: the line's fields, then the record's, renamed where they clash. */
    private static String expected(Object record) throws IOException {
        ObjectNode line = Json.mapper().createObjectNode();
        line.put("message", EVENT.description());
        line.put("datetime", "2024-03-02T10:15:31.123456+00:00");
        line.put("timestamp_desc", EVENT.event());
        line.put("timestamp", 1_709_374_531_123_456L);
        line.put("module", EVENT.module());
        JsonNode tree = Json.mapper().valueToTree(record);
        for (Iterator<Map.Entry<String, JsonNode>> fields = tree.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String name = TimesketchWriter.RESERVED.contains(field.getKey()) ? "record_" + field.getKey()
                    : field.getKey();
            line.set(name, field.getValue());
        }
        return new String(Json.mapper().writeValueAsBytes(line), StandardCharsets.UTF_8);
    }

    @Test
    void appendsTheRecordsFieldsAfterTheLinesOwnLeavingNestedNamesAlone() throws IOException {
        Plain record = new Plain(7, "text with \"module\":\"x\", a quote \\ and {braces}", 0.25,
                Map.of("message", "nested", "timestamp", 5), List.of("a,\"b\"", "[c]"));

        String line = line(record);

        assertThat(line).isEqualTo(expected(record));
        assertThat(Json.mapper().readTree(line).get("extra").get("message").asText()).isEqualTo("nested");
    }

    @Test
    void prefixesRecordFieldsNamedLikeTheLinesOwn() throws IOException {
        Clashing record = new Clashing("the record's message", 42, "other", "body");

        String line = line(record);

        assertThat(line).isEqualTo(expected(record));
        JsonNode tree = Json.mapper().readTree(line);
        assertThat(tree.get("message").asText()).isEqualTo(EVENT.description());
        assertThat(tree.get("record_message").asText()).isEqualTo("the record's message");
        assertThat(tree.get("record_timestamp").asLong()).isEqualTo(42);
        assertThat(tree.get("record_module").asText()).isEqualTo("other");
        assertThat(tree.get("body").asText()).isEqualTo("body");
    }

    @Test
    void writesOnlyTheLinesOwnFieldsForARecordWithoutFields() throws IOException {
        String line = line(new Empty());

        assertThat(line).isEqualTo(expected(new Empty()));
        assertThat(Json.mapper().readTree(line).size()).isEqualTo(5);
    }

    @Test
    void putsARecordThatIsNotAnObjectUnderRecord() throws IOException {
        String line = line(List.of(1, "two"));

        JsonNode tree = Json.mapper().readTree(line);
        assertThat(tree.get("record").toString()).isEqualTo("[1,\"two\"]");
        assertThat(tree.get("module").asText()).isEqualTo("sms");
    }

    @Test
    void createsNoFileWithoutALine() throws IOException {
        Path part = folder.resolve("none.jsonl");

        new TimesketchWriter(part).close();

        assertThat(part).doesNotExist();
    }
}
