package org.spyglass.core.output;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.spyglass.core.json.Json;

/** Joins JSON array files into one, streaming element by element. */
public final class JsonArrays {
    private JsonArrays() {
    }

    /**
     * Writes to {@code target} one array holding the elements of every file of {@code parts}, in that order.
     * Missing parts are skipped; {@code target} is written even when they hold nothing.
     *
     * @return the number of elements written
     */
    public static long concatenate(List<Path> parts, Path target, boolean pretty) throws IOException {
        try (JsonArrayFile out = new JsonArrayFile(target, pretty)) {
            for (Path part : parts) {
                if (Files.exists(part)) {
                    copyElements(part, out);
                }
            }
            if (out.count() == 0) {
                AtomicFile.write(target, "[]\n".getBytes(StandardCharsets.UTF_8));
            }
            return out.count();
        }
    }

    private static void copyElements(Path part, JsonArrayFile out) throws IOException {
        try (JsonParser in = Json.mapper().getFactory()
                .createParser(new BufferedInputStream(Files.newInputStream(part), 1 << 16))) {
            if (in.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException("not a JSON array: " + part);
            }
            while (in.nextToken() != JsonToken.END_ARRAY) {
                out.add(generator -> generator.copyCurrentStructure(in));
            }
        }
    }
}
