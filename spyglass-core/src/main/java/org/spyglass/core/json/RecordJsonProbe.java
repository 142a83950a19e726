package org.spyglass.core.json;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.spyglass.core.Level;

/**
 * The check {@link RecordJson} makes once before it renders anything: a sample record holding a value of every kind
 * it writes (the awkward characters, numbers and times included) must come out exactly as {@link Json#mapper()}
 * writes it. Should the mapper's configuration ever change in a way the renderer does not follow (escaping, number
 * or time formats, naming), the renderer stands aside and every record goes to Jackson.
 */
final class RecordJsonProbe {
    private record Sample(String text, long count, int small, boolean flag, double ratio, Long boxed, Double real,
                          Float single, Short shortNumber, Byte tiny, Instant time, Instant farTime, Path path,
                          Optional<Object> present, Optional<Object> empty, byte[] data, Level level,
                          List<Object> values, Map<String, Object> map, String[] array, Set<String> set,
                          Inner inner, Object none) {
        public boolean isSample() {
            return true;
        }
    }

    private record Inner(String phoneNumber, List<Instant> times) {
    }

    private RecordJsonProbe() {
    }

    static boolean agrees() {
        try {
            Object sample = sample();
            byte[] expected = Json.mapper().writeValueAsBytes(sample);
            JsonBuffer out = new JsonBuffer();
            return RecordJson.renderUnchecked(sample, out)
                    && Arrays.equals(out.array(), 0, out.size(), expected, 0, expected.length);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    static Object sample() {
        StringBuilder text = new StringBuilder();
        for (char c = 0; c < 0x100; c++) {
            text.append(c);
        }
        text.append("\u07FF\u0800\uFFFF\uD83D\uDE00\uDC00\uD800x/é");
        List<Object> values = new ArrayList<>(List.of(0.1, -0.0, 1e21, 2e23, 1e-300, Double.MIN_VALUE, Double.NaN,
                Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, 1.0e10, 100.0, 0.1f, Float.NaN,
                Long.MIN_VALUE, Long.MAX_VALUE, Integer.MIN_VALUE, true, Instant.EPOCH, Instant.ofEpochSecond(-99_999_999_999L),
                Instant.ofEpochSecond(299_999_999_999L),
                Instant.ofEpochSecond(-1, 999_999_999), new byte[] {1}, new byte[] {1, 2}, Level.HIGH));
        values.add(null);
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("z\"\n\u00E9\uD83D\uDE00", List.of(Map.of("a", 1L)));
        map.put("a", null);
        return new Sample(text.toString(), Long.MIN_VALUE, -7, false, Double.NaN, 123_456_789_012L, 1.5e-7, 3.25f,
                (short) -12, (byte) 7, Instant.ofEpochSecond(1_700_000_000L, 123_456_789),
                Instant.ofEpochSecond(-70_000_000_000L), Path.of("/private/var/mobile"), Optional.of(42L),
                Optional.empty(), new byte[] {0, -1, 2, 3, 4}, Level.LOW, values, map,
                new String[] {"a", null}, Set.of("only"), new Inner("+15550100", List.of(Instant.EPOCH)), null);
    }
}
