package org.spyglass.core.ioc.match;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class KeyTableTest {

    private static KeyTable table(List<String> keys) {
        KeyTable.Builder builder = new KeyTable.Builder(0);
        for (int i = 0; i < keys.size(); i++) {
            assertThat(builder.add(keys.get(i))).isEqualTo(i);
        }
        return builder.build();
    }

    @Test
    void findsEveryKeyAddedByItsNumberAndNothingElse() {
        Random random = new Random(42);
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            keys.add(Long.toString(random.nextLong() & Long.MAX_VALUE, 36) + "." + i);
        }
        KeyTable table = table(keys);

        assertThat(table.size()).isEqualTo(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            assertThat(table.find(keys.get(i))).isEqualTo(i);
            assertThat(table.key(i)).isEqualTo(keys.get(i));
            assertThat(table.find(keys.get(i) + "x")).isEqualTo(-1);
        }
    }

    @Test
    void tellsApartKeysThatShareAHash() {
        List<String> keys = List.of("AaAa", "AaBB", "BBAa", "BBBB", "Aa", "BB");
        assertThat(keys.subList(0, 4)).extracting(String::hashCode).containsOnly("AaAa".hashCode());
        KeyTable table = table(keys);

        for (int i = 0; i < keys.size(); i++) {
            assertThat(table.find(keys.get(i))).isEqualTo(i);
        }
        assertThat(table.find("AaAB")).isEqualTo(-1);
        assertThat(table.find("xBBBBx", 1, 5)).isEqualTo(3);
    }

    @Test
    void givesTheSameNumberBackForAKeyAddedAgain() {
        KeyTable.Builder builder = new KeyTable.Builder(0);
        builder.add("one");
        builder.add("two");

        assertThat(builder.add("one")).isEqualTo(-1);
        assertThat(builder.add("two")).isEqualTo(-2);
        assertThat(builder.build().size()).isEqualTo(2);
    }

    @Test
    void anEmptyTableFindsNothing() {
        for (KeyTable table : List.of(KeyTable.empty(), table(List.of()))) {
            assertThat(table.size()).isZero();
            assertThat(table.isEmpty()).isTrue();
            assertThat(table.find("evil.com")).isEqualTo(-1);
            assertThat(table.find("")).isEqualTo(-1);
            assertThat(table.matchesHostOrParent("x.evil.com", 0, 10)).isFalse();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"bücher.example", "例え.テスト", "\uD83D\uDE00smile", "\uD800lonely", "low\uDC00",
        "nul\u0000l", "", "ǅ\u07FF\u0800\uFFFF", "D41D8CD98F00B204E9800998ECF8427E",
        "d41d8cd98f00b204e9800998ecf8427e", "abcdef1", "0123456789"})
    void keepsAnyJavaStringExactly(String key) {
        KeyTable table = table(List.of("other", key, "x" + key));
        byte[] bytes = new byte[KeyBytes.length(key)];

        assertThat(KeyBytes.write(key, bytes, 0)).isEqualTo(bytes.length);
        assertThat(KeyBytes.read(bytes, 0, bytes.length)).isEqualTo(key);
        assertThat(KeyBytes.hash(bytes, 0, bytes.length)).isEqualTo(key.hashCode());
        assertThat(table.find(key)).isEqualTo(1);
        assertThat(table.key(1)).isEqualTo(key);
        assertThat(table.find("[" + key + "]", 1, key.length() + 1)).isEqualTo(1);
        assertThat(table.find(key + "?")).isEqualTo(-1);
    }

    @Test
    void writesLowerCaseHexDigestsInHalfTheBytes() {
        assertThat(KeyBytes.length("d41d8cd98f00b204e9800998ecf8427e")).isEqualTo(17);
        assertThat(KeyBytes.length("D41D8CD98F00B204E9800998ECF8427E")).isEqualTo(32);
        assertThat(KeyBytes.length("d41d8cd98f00b204e9800998ecf8427")).isEqualTo(31);
        assertThat(KeyBytes.length("abcd")).isEqualTo(4);
        KeyTable table = table(List.of("d41d8cd98f00b204e9800998ecf8427e", "d41d8cd98f00b204e9800998ecf8427f"));
        assertThat(table.find("d41d8cd98f00b204e9800998ecf8427e")).isZero();
        assertThat(table.find("d41d8cd98f00b204e9800998ecf8427")).isEqualTo(-1);
        assertThat(table.find("d41d8cd98f00b204e9800998ecf8427e0")).isEqualTo(-1);
    }

    @Test
    void matchesAHostOrAParentDomainOnLabelBoundariesOnly() {
        KeyTable table = table(List.of("evil.com", "b.example.org"));

        assertThat(table.matchesHostOrParent("evil.com", 0, 8)).isTrue();
        assertThat(table.matchesHostOrParent("a.b.evil.com", 0, 12)).isTrue();
        assertThat(table.matchesHostOrParent("https://x.evil.com/p", 8, 18)).isTrue();
        assertThat(table.matchesHostOrParent("notevil.com", 0, 11)).isFalse();
        assertThat(table.matchesHostOrParent("example.org", 0, 11)).isFalse();
        assertThat(table.matchesHostOrParent("a.b.example.org", 0, 15)).isTrue();
        assertThat(table.matchesHostOrParent("evil.com.au", 0, 11)).isFalse();
    }

    @Test
    void slotsReadBackIndexTheSameKeysAndAreCheckedAgainstTheTypes() {
        KeyTable.Builder builder = new KeyTable.Builder(0);
        builder.add("aa");
        builder.add("bb");
        builder.add("cc");
        KeyTable table = builder.build();
        byte[] bytes = "aabbcc".getBytes(StandardCharsets.US_ASCII);
        int[] offsets = {0, 2, 4, 6};
        byte[] types = {1, 1, 1};

        KeyTable read = KeyTable.ofSlots(bytes, offsets, types, (byte) 1, table.slots().clone());
        assertThat(read.size()).isEqualTo(3);
        assertThat(read.find("bb")).isEqualTo(1);
        assertThat(read.find("dd")).isEqualTo(-1);
        assertThatThrownBy(() -> KeyTable.ofSlots(bytes, offsets, new byte[] {1, 2, 1}, (byte) 1, table.slots()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another type");
        assertThatThrownBy(() -> KeyTable.ofSlots(bytes, offsets, new byte[] {1, 1, 1, 1}, (byte) 1, table.slots()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not index");
        assertThatThrownBy(() -> KeyTable.ofSlots(bytes, offsets, types, (byte) 1, new int[] {1, 2, 3}))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("do not index");
    }

    @Test
    void damagedBytesAreNeverReadPastTheirKey() {
        byte[] bytes = {'a', (byte) 0xE2, (byte) 0x82};

        assertThat(KeyBytes.read(bytes, 0, 2)).isEqualTo("aâ");
        assertThat(KeyBytes.equal(bytes, 0, 2, "a€", 0, 2)).isFalse();
        assertThatThrownBy(() -> KeyBytes.hash(bytes, 0, 2)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not text");
    }
}
