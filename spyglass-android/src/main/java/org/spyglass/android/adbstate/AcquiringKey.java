package org.spyglass.android.adbstate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.Source;

/**
 * The ADB key of the computer that made an AndroidQF acquisition: {@code adb_host_key.pub}, else the
 * {@code adb_host_public_key} of {@code acquisition.json}; only its base64 part is kept.
 */
final class AcquiringKey {
    static final String HOST_KEY = AndroidqfSource.PREFIX + "adb_host_key.pub";
    static final String ACQUISITION = AndroidqfSource.PREFIX + "acquisition.json";
    private static final int MAX = 1024 * 1024;

    private AcquiringKey() {
    }

    /** The key, empty when the acquisition does not hold it. A file that cannot be read is a warning. */
    static Optional<String> of(ParseContext<?> context) {
        Source source = context.source();
        Optional<EvidenceFile> pub = source.file(HOST_KEY);
        Optional<EvidenceFile> json = source.file(ACQUISITION);
        try {
            if (pub.isPresent()) {
                try (InputStream in = source.open(pub.get())) {
                    return base64(new String(in.readNBytes(MAX), StandardCharsets.UTF_8));
                }
            }
            if (json.isPresent()) {
                try (InputStream in = source.open(json.get())) {
                    JsonNode key = new ObjectMapper().readTree(in.readNBytes(MAX)).path("adb_host_public_key");
                    return key.isTextual() ? base64(key.asText()) : Optional.empty();
                }
            }
        } catch (IOException e) {
            context.warn(pub.isPresent() ? HOST_KEY : ACQUISITION, "the acquiring computer's ADB key could not be "
                    + "read: " + e.getMessage());
        }
        return Optional.empty();
    }

    private static Optional<String> base64(String text) {
        String stripped = text.strip();
        int space = stripped.indexOf(' ');
        String key = space < 0 ? stripped : stripped.substring(0, space);
        return key.isEmpty() ? Optional.empty() : Optional.of(key);
    }
}
