package org.spyglass.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.Level;

class RecordJsonTest {
    record Text(String value, List<String> each) {
    }

    record Numbers(long primitiveLong, int primitiveInt, double primitiveDouble, boolean primitiveBoolean, Long boxed,
                   Integer boxedInt, Double boxedDouble, Float single, Short shortNumber, Byte tiny, float primitiveFloat) {
    }

    record Value(Object value) {
    }

    record Times(Instant isodate, Instant isodateRead) {
    }

    record Chat(long rowId, String chatIdentifier, List<String> participants, Instant lastMessage) {
        public boolean isGroup() {
            return participants.size() > 1;
        }

        public int getParticipantCount() {
            return participants.size();
        }
    }

    record Renamed(@JsonProperty("ROWID") long rowId, @JsonProperty("display name") String displayName) {
    }

    record Outer(String name, Inner inner, List<Inner> inners, Map<String, Inner> byName) {
    }

    record Inner(String phoneNumber, Optional<Instant> seen, byte[] data) {
    }

    record Flags(Level level, Direction direction, Level[] levels) {
    }

    enum Direction {
        SENT {
            @Override
            public String toString() {
                return "outgoing";
            }
        },
        RECEIVED
    }

    record NonNull(@JsonInclude(JsonInclude.Include.NON_NULL) String value) {
    }

    record Custom(@JsonSerialize(using = ToStringSerializer.class) Long value) {
    }

    record Formatted(@JsonFormat(shape = JsonFormat.Shape.NUMBER) Level level) {
    }

    record Failing(String value) {
        public String getBroken() {
            throw new IllegalStateException("broken " + value);
        }
    }

    static Stream<Integer> blocks() {
        return IntStream.range(0, 16).boxed();
    }

    @ParameterizedTest
    @MethodSource("blocks")
    void writesEveryCharacterOfTheBasicPlaneAsJacksonDoes(int block) {
        List<String> each = new ArrayList<>();
        StringBuilder all = new StringBuilder();
        for (int c = block << 12; c < (block + 1) << 12; c++) {
            each.add(String.valueOf((char) c));
            all.append((char) c);
        }
        assertSameAsJackson(new Text(all.toString(), each));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 7, 8, 9, 100, 1000, 70_000, 300_000})
    void writesRandomTextWithSurrogatesPairedAndLoneAsJacksonDoes(int length) {
        Random random = new Random(length);
        for (int round = 0; round < 20; round++) {
            StringBuilder text = new StringBuilder();
            while (text.length() < length) {
                switch (random.nextInt(6)) {
                    case 0 -> text.append((char) random.nextInt(0x80));
                    case 1 -> text.appendCodePoint(0x10000 + random.nextInt(0x100000));
                    case 2 -> text.append((char) (0xD800 + random.nextInt(0x800)));
                    case 3 -> text.append((char) random.nextInt(0x10000));
                    default -> text.append("https://example.com/path?q=1");
                }
            }
            assertSameAsJackson(new Text(text.toString(), List.of(text.toString(), "")));
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {15, 16, 17, 4095, 4096, 4097, 8195})
    void writesPlainTextAcrossItsCopyChunksWithAnAwkwardCharacterAnywhereAsJacksonDoes(int length) {
        String plain = "abcdefghijklmnopqrstuvwxyz0123456789 /:.?=&-_".repeat(length / 45 + 1).substring(0, length);
        assertSameAsJackson(new Text(plain, List.of(plain)));
        for (char awkward : new char[] {'"', '\\', '\n', 0x1F, 0x7F, 0xE9, 0xFF, 0x100, 0x20AC, 0xD83D}) {
            for (int at : new int[] {0, 7, 8, length / 2, length - 9, length - 8, length - 1, 4095, 4096}) {
                if (at >= 0 && at < length) {
                    String text = plain.substring(0, at) + awkward + plain.substring(at + 1);
                    assertSameAsJackson(new Text(text, List.of(text.substring(at))));
                }
            }
        }
    }

    @Test
    void writesNullsAsJacksonDoes() {
        assertSameAsJackson(new Text(null, Arrays.asList(null, "x")));
        assertSameAsJackson(new Numbers(0, 0, 0, false, null, null, null, null, null, null, 0f));
        assertSameAsJackson(new Value(null));
    }

    static Stream<Numbers> numbers() {
        Stream<Numbers> longs = LongStream.of(Long.MIN_VALUE, Long.MIN_VALUE + 1, -1_000_000_000_000L, -1, 0, 1, 9,
                        10, 99, 100, 999_999_999, 1_000_000_000, 4_294_967_296L, Long.MAX_VALUE)
                .mapToObj(n -> new Numbers(n, (int) n, n, n > 0, n, (int) (n >> 3), (double) n, (float) n,
                        (short) n, (byte) n, (float) n));
        Stream<Numbers> doubles = Stream.of(Double.NaN, Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY, -0.0, 0.0,
                        1e-300, 1e21, 1e22, 2e23, 0.1, 0.3, 1.0, 100.0, 1.0e10, 1.0e7, 9_999_999.0, 123_456.789,
                        Double.MIN_VALUE, Double.MAX_VALUE, Math.PI, -2.5e-5, 1.6e9)
                .map(d -> new Numbers(0, 0, d, true, null, Integer.MIN_VALUE, d, (float) d.doubleValue(), Short.MIN_VALUE,
                        Byte.MIN_VALUE, (float) d.doubleValue()));
        return Stream.concat(longs, doubles);
    }

    @ParameterizedTest
    @MethodSource("numbers")
    void writesNumbersAtTheirEdgesAsJacksonDoes(Numbers numbers) {
        assertSameAsJackson(numbers);
    }

    @ParameterizedTest
    @ValueSource(longs = {-99_999_999_999L, -62_135_596_801L, -62_135_596_800L, -1, 0, 1_700_000_000L,
            253_402_300_799L, 253_402_300_800L, 299_999_999_999L})
    void writesInstantsAsTheMapperDoes(long seconds) {
        assertSameAsJackson(new Times(Instant.ofEpochSecond(seconds, 999_999_999),
                Instant.ofEpochSecond(seconds / 2, 1_000)));
        assertSameAsJackson(new Times(Instant.ofEpochSecond(seconds), Instant.ofEpochSecond(seconds, 1)));
    }

    @Test
    void leavesInstantsTheMapperCannotWriteToJackson() {
        assertLeftToJackson(new Times(Instant.MIN, null));
        assertLeftToJackson(new Times(Instant.EPOCH, Instant.MAX));
        assertThatThrownBy(() -> Json.mapper().writeValueAsBytes(new Times(Instant.MIN, null)))
                .isInstanceOf(JsonProcessingException.class);
    }

    @Test
    void writesPathsOptionalsAndBytesAsTheMapperDoes() {
        Random random = new Random(1);
        for (int length = 0; length < 40; length++) {
            byte[] data = new byte[length];
            random.nextBytes(data);
            assertSameAsJackson(new Inner("p" + length, length % 2 == 0 ? Optional.empty()
                    : Optional.of(Instant.ofEpochSecond(length)), data));
        }
        assertSameAsJackson(new Value(Path.of("/var/mobile/Library/SMS/sms.db")));
        assertSameAsJackson(new Value(Optional.of(Optional.of("nested"))));
        assertSameAsJackson(new Value(Optional.of(List.of(1L, "two"))));
        assertSameAsJackson(new Inner(null, null, null));
    }

    @Test
    void writesEnumsAsJacksonDoes() {
        assertSameAsJackson(new Flags(Level.HIGH, Direction.SENT, new Level[] {Level.LOW, null}));
        assertSameAsJackson(new Flags(null, Direction.RECEIVED, new Level[0]));
    }

    @Test
    void writesCollectionsMapsAndNestedRecordsAsJacksonDoes() {
        Inner inner = new Inner("+15550100", Optional.empty(), new byte[] {1, 2, 3});
        Map<String, Inner> byName = new LinkedHashMap<>();
        byName.put("z\u00e9\n", inner);
        byName.put("a", null);
        assertSameAsJackson(new Outer("o", inner, List.of(inner, inner), byName));
        assertSameAsJackson(new Outer("empty", null, List.of(), Map.of()));
        Map<String, Object> plist = new TreeMap<>();
        plist.put("list", Arrays.asList(1L, 2.5, true, null, "s", new byte[] {9}, Map.of("k", List.of())));
        plist.put("set", new LinkedHashSet<>(List.of("b", "a")));
        plist.put("array", new Object[] {1L, "x", null});
        plist.put("strings", new String[] {"a", "b"});
        plist.put("time", Instant.ofEpochSecond(978_307_200L));
        assertSameAsJackson(new Value(plist));
    }

    @Test
    void writesDerivedAndRenamedPropertiesAsJacksonDoes() {
        assertSameAsJackson(new Chat(4, "chat123", List.of("+1", "+2"), Instant.EPOCH));
        assertSameAsJackson(new Chat(5, null, List.of(), null));
        assertSameAsJackson(new Renamed(7, "Ann \"A\""));
    }

    @Test
    void leavesRecordsWithUnsupportedValuesToJackson() {
        assertLeftToJackson(new Value(UUID.nameUUIDFromBytes(new byte[] {1})));
        assertLeftToJackson(new Value(new BigDecimal("1.50")));
        assertLeftToJackson(new Value('c'));
        assertLeftToJackson(new Value(List.of("a", UUID.nameUUIDFromBytes(new byte[] {2}))));
        assertLeftToJackson(new Value(Map.of(1, "integer key")));
        assertLeftToJackson(new Value(new int[] {1, 2}));
        assertLeftToJackson(new Value(Json.mapper().createObjectNode().put("a", 1)));
    }

    @Test
    void leavesRecordsWithJacksonAnnotationsBeyondNamingToJackson() {
        assertLeftToJackson(new NonNull(null));
        assertLeftToJackson(new Custom(5L));
        assertLeftToJackson(new Formatted(Level.MEDIUM));
        assertLeftToJackson(new Value(new NonNull("nested")));
    }

    @Test
    void leavesARecordWhoseAccessorThrowsToJacksonWithTheBufferAsItWas() {
        JsonBuffer out = new JsonBuffer();
        out.raw((byte) '[');
        assertThat(RecordJson.render(new Failing("x"), out)).isFalse();
        assertThat(out.size()).isEqualTo(1);
    }

    @Test
    void leavesValuesNestedDeeperThanItsLimitToJackson() {
        Object nested = "leaf";
        for (int i = 0; i < 300; i++) {
            nested = List.of(nested);
        }
        assertLeftToJackson(new Value(nested));
    }

    @Test
    void writesTheSampleItChecksItselfAgainstAsJacksonDoes() {
        assertSameAsJackson(RecordJsonProbe.sample());
        assertThat(RecordJsonProbe.agrees()).isTrue();
        assertThat(RecordJson.standsAside()).isFalse();
    }

    @Test
    void appendsToWhatTheBufferHolds() throws JsonProcessingException {
        JsonBuffer out = new JsonBuffer();
        out.raw((byte) '[');
        assertThat(RecordJson.render(new Value(1L), out)).isTrue();
        assertThat(RecordJson.render(new Value(2L), out)).isTrue();
        assertThat(new String(out.array(), 0, out.size(), StandardCharsets.UTF_8))
                .isEqualTo("[" + Json.mapper().writeValueAsString(new Value(1L))
                        + Json.mapper().writeValueAsString(new Value(2L)));
    }

    private static void assertSameAsJackson(Object value) {
        JsonBuffer out = new JsonBuffer();
        assertThat(RecordJson.render(value, out)).as("rendered by hand").isTrue();
        byte[] expected = jackson(value);
        byte[] actual = Arrays.copyOf(out.array(), out.size());
        assertThat(new String(actual, StandardCharsets.UTF_8)).isEqualTo(new String(expected, StandardCharsets.UTF_8));
        assertThat(actual).isEqualTo(expected);
    }

    private static void assertLeftToJackson(Object value) {
        JsonBuffer out = new JsonBuffer();
        assertThat(RecordJson.render(value, out)).as("left to Jackson").isFalse();
        assertThat(out.size()).isZero();
    }

    private static byte[] jackson(Object value) {
        try {
            return Json.mapper().writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
