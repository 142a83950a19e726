package org.spyglass.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonTest {
    public record Message(String phoneNumber, Instant dateRead, byte[] attachmentBlob, String missing,
                          Path hostPath, Optional<String> service, Optional<String> absent, List<String> tags,
                          Map<String, Integer> rawKeys) {
    }

    private static JsonNode render(Object value) throws IOException {
        return Json.mapper().readTree(Json.mapper().writeValueAsString(value));
    }

    @Test
    void writesRecordComponentsInSnakeCaseWithoutAnnotations() throws IOException {
        JsonNode json = render(sample());

        assertThat(json.has("phone_number")).isTrue();
        assertThat(json.has("date_read")).isTrue();
        assertThat(json.has("attachment_blob")).isTrue();
        assertThat(json.has("phoneNumber")).isFalse();
    }

    @Test
    void writesInstantsInMvtFormatInUtc() throws IOException {
        assertThat(render(sample()).get("date_read").asText()).isEqualTo("2024-03-02 10:15:30.123456");
    }

    @Test
    void writesBytesAsBase64PathsAsStringsAndKeepsNulls() throws IOException {
        JsonNode json = render(sample());

        assertThat(json.get("attachment_blob").asText()).isEqualTo("AQID");
        assertThat(json.get("host_path").asText()).isEqualTo("/tmp/a b/sms.db");
        assertThat(json.has("missing")).isTrue();
        assertThat(json.get("missing").isNull()).isTrue();
    }

    @Test
    void writesOptionalsAsTheirValueOrNull() throws IOException {
        JsonNode json = render(sample());

        assertThat(json.get("service").asText()).isEqualTo("iMessage");
        assertThat(json.get("absent").isNull()).isTrue();
    }

    @Test
    void leavesMapKeysAsTheyAre() throws IOException {
        assertThat(render(sample()).get("raw_keys").has("ZPROCESS_NAME")).isTrue();
    }

    @Test
    void indentsOnlyWhenAskedTo() throws IOException {
        assertThat(write(false)).doesNotContain("\n");
        assertThat(write(true)).contains("\n  \"phone_number\"");
    }

    private static String write(boolean pretty) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator generator = Json.generator(bytes, pretty)) {
            Json.mapper().writeValue(generator, sample());
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static Message sample() {
        return new Message("+41 79 000 00 00", Instant.parse("2024-03-02T10:15:30.123456789Z"), new byte[] {1, 2, 3},
                null, Path.of("/tmp/a b/sms.db"), Optional.of("iMessage"), Optional.empty(), List.of("a"),
                Map.of("ZPROCESS_NAME", 1));
    }
}
