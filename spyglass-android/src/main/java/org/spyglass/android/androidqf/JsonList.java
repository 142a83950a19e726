package org.spyglass.android.androidqf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;

/**
 * Reads the small JSON lists AndroidQF writes ({@code root_binaries.json}, {@code mounts.json}): an array of strings,
 * or {@code null} for none. Anything else is one warning, and entries that are no string are counted in one warning.
 */
public final class JsonList {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final int MAX_BYTES = 64 * 1024 * 1024;

    private JsonList() {
    }

    /** The strings of the file's array; empty after a warning when it is no array or cannot be read. */
    public static Optional<List<String>> read(ParseContext<?> context, EvidenceFile file) {
        String path = file.devicePath();
        String name = path.substring(path.lastIndexOf('/') + 1);
        JsonNode root;
        try (InputStream in = context.source().open(file)) {
            root = MAPPER.readTree(in.readNBytes(MAX_BYTES));
        } catch (JsonProcessingException e) {
            context.warn(path, name + " is not well-formed JSON (cut off, or another format): "
                    + e.getOriginalMessage());
            return Optional.empty();
        } catch (IOException e) {
            context.warn(path, name + " could not be read: " + e.getMessage());
            return Optional.empty();
        }
        if (root == null || root.isMissingNode() || root.isNull()) {
            context.absent(path, name + " lists nothing");
            return Optional.empty();
        }
        if (!root.isArray()) {
            context.warn(path, name + " is not a JSON list but " + root.getNodeType().name()
                    .toLowerCase(Locale.ROOT) + "; nothing was read");
            return Optional.empty();
        }
        List<String> values = new ArrayList<>(root.size());
        long skipped = 0;
        for (JsonNode entry : root) {
            if (entry.isTextual() && !entry.asText().isBlank()) {
                values.add(entry.asText().strip());
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            context.warn(path, String.format(Locale.ROOT, "%d entries of %s were not text and were skipped",
                    skipped, name));
        }
        return Optional.of(values);
    }
}
