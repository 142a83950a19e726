package org.spyglass.core.output;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.spyglass.core.json.Json;

/**
 * Joins JSON array files into one. Parts that {@link JsonArrayFile} wrote in the target's own layout are joined as
 * bytes (the kernel copies their elements); any other part is read and written again element by element.
 */
public final class JsonArrays {
    private static final byte[] START = "[\n".getBytes(StandardCharsets.US_ASCII);
    private static final byte[] END = "\n]\n".getBytes(StandardCharsets.US_ASCII);

    private JsonArrays() {
    }

    /**
     * Writes to {@code target} one array holding the elements of every file of {@code parts}, in that order.
     * Missing parts are skipped; {@code target} is written even when they hold nothing.
     *
     * @param samePretty whether every part was written by a {@link JsonArrayFile} with {@code pretty} as the target
     *                   is: their elements are then copied as they are, byte for byte, which is what reading and
     *                   writing them again would give
     */
    public static void concatenate(List<Path> parts, Path target, boolean pretty, boolean samePretty)
            throws IOException {
        try (JsonArrayFile out = new JsonArrayFile(target, pretty)) {
            for (Path part : parts) {
                if (!Files.exists(part)) {
                    continue;
                }
                long[] body = samePretty ? elementBytes(part) : null;
                if (body != null) {
                    out.addElements(part, body[0], body[1]);
                } else {
                    copyElements(part, out);
                }
            }
            if (out.isEmpty()) {
                AtomicFile.write(target, "[]\n".getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    /**
     * Where the elements of a file in {@link JsonArrayFile}'s layout lie ({@code [\n}, elements, {@code \n]\n}): the
     * first and the end offset; null when the file is not in that layout or holds no element.
     */
    private static long[] elementBytes(Path part) throws IOException {
        try (FileChannel in = FileChannel.open(part)) {
            long size = in.size();
            if (size <= START.length + END.length) {
                return null;
            }
            ByteBuffer head = ByteBuffer.allocate(START.length);
            ByteBuffer tail = ByteBuffer.allocate(END.length);
            readFully(in, head, 0);
            readFully(in, tail, size - END.length);
            if (!head.hasRemaining() && !tail.hasRemaining() && Arrays.equals(head.array(), START)
                    && Arrays.equals(tail.array(), END)) {
                return new long[] {START.length, size - END.length};
            }
            return null;
        }
    }

    private static void readFully(FileChannel in, ByteBuffer buffer, long position) throws IOException {
        long at = position;
        while (buffer.hasRemaining()) {
            int read = in.read(buffer, at);
            if (read < 0) {
                return;
            }
            at += read;
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
