package org.spyglass.core.output;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Looks at the keys of a compact JSON object, as Spyglass's generator writes it, without parsing it: only the
 * object's own keys count, not those of nested objects.
 */
final class TopLevelKeys {
    private static final byte[][] RESERVED = TimesketchWriter.RESERVED.stream()
            .map(name -> ("\"" + name + "\"").getBytes(StandardCharsets.UTF_8)).toArray(byte[][]::new);

    private TopLevelKeys() {
    }

    /**
     * Whether the object in {@code json[0, length)} has a key named like one of {@link TimesketchWriter#RESERVED}.
     * A key starts with the quote right after the object's opening brace or a comma at its own depth.
     */
    static boolean anyReserved(byte[] json, int length) {
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
                    return true;
                }
                inString = true;
            } else if (b == '{' || b == '[') {
                depth++;
            } else if (b == '}' || b == ']') {
                depth--;
            }
        }
        return false;
    }

    private static boolean reservedAt(byte[] json, int length, int start) {
        for (byte[] name : RESERVED) {
            if (start + name.length < length && json[start + name.length] == ':'
                    && Arrays.equals(json, start, start + name.length, name, 0, name.length)) {
                return true;
            }
        }
        return false;
    }
}
