package org.spyglass.core.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Copies the members of a compact JSON object, as Spyglass's generator writes it, without parsing it, renaming the
 * object's own keys that {@link TimesketchWriter} uses for itself; keys of nested objects are left alone.
 */
final class TopLevelKeys {
    private static final byte[][] RESERVED = TimesketchWriter.RESERVED.stream()
            .map(name -> ("\"" + name + "\"").getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);
    private static final byte[] PREFIX = "record_".getBytes(StandardCharsets.UTF_8);

    private TopLevelKeys() {
    }

    /**
     * Appends to {@code out} the object in {@code json[0, length)} without its opening brace, each key named like
     * one of {@link TimesketchWriter#RESERVED} given the {@code record_} prefix. A key starts with the quote right
     * after the object's opening brace or a comma at its own depth; keys Spyglass writes hold no escapes.
     */
    static void appendMembers(byte[] json, int length, Bytes out) {
        int copied = 1;
        int depth = 0;
        boolean inString = false;
        for (int i = 0; i < length; i++) {
            byte b = json[i];
            if (inString) {
                if (b == '\\') {
                    i++;
                } else if (b == '"') {
                    inString = false;
                }
            } else if (b == '"') {
                if (depth == 1 && (json[i - 1] == '{' || json[i - 1] == ',') && reservedAt(json, length, i)) {
                    out.write(json, copied, i + 1 - copied);
                    out.write(PREFIX, 0, PREFIX.length);
                    copied = i + 1;
                }
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        out.write(json, copied, length - copied);
    }

    private static boolean reservedAt(byte[] json, int length, int start) {
        for (byte[] name : RESERVED) {
            int end = start + name.length;
            if (end < length && json[end] == ':' && Arrays.equals(json, start, end, name, 0, name.length)) {
                return true;
            }
        }
        return false;
    }
}
