package org.spyglass.core.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.spyglass.core.json.Json;
import org.spyglass.core.json.JsonBuffer;
import org.spyglass.core.json.RecordJson;

/**
 * Checks that a record renders through {@link RecordJson} exactly as {@link Json#mapper()} renders it (or is left
 * to Jackson by it), so that every module test also checks the hand-written rendering on the records it produces.
 */
public final class RecordJsonCheck {
    private RecordJsonCheck() {
    }

    /** @throws AssertionError when the two renderings differ, or the renderer writes what Jackson cannot */
    public static void assertRendersAsJackson(Object record) {
        byte[] expected;
        try {
            expected = Json.mapper().writeValueAsBytes(record);
        } catch (JsonProcessingException e) {
            expected = null;
        }
        JsonBuffer out = new JsonBuffer();
        boolean rendered = RecordJson.render(record, out);
        if (expected == null) {
            if (rendered) {
                throw new AssertionError("rendered by hand what Jackson cannot render: " + record);
            }
            return;
        }
        if (rendered && !Arrays.equals(out.array(), 0, out.size(), expected, 0, expected.length)) {
            throw new AssertionError("hand-written JSON differs from Jackson's for " + record.getClass().getName()
                    + "\n hand:    " + new String(out.array(), 0, out.size(), StandardCharsets.UTF_8)
                    + "\n jackson: " + new String(expected, StandardCharsets.UTF_8));
        }
    }
}
