package org.spyglass.core.ioc.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StringTableTest {
    @Test
    void answersAsAHashMapThroughGrowthAndCollidingHashes() {
        StringTable table = new StringTable();
        Map<String, Object> expected = new HashMap<>();
        for (int i = 0; i < 5000; i++) {
            String key = i % 7 == 0 ? "Aa".repeat(i % 5 + 1) + "BB".repeat(i % 3) : "k" + (i % 3001);
            assertThat(table.put(key, i)).as(key).isEqualTo(expected.put(key, i));
        }
        assertThat(table.size()).isEqualTo(expected.size());
        expected.forEach((key, value) -> assertThat(table.get(key)).as(key).isEqualTo(value));
        assertThat(table.get("absent")).isNull();
        assertThat(table.get("")).isNull();
    }

    @Test
    void refusesNullValues() {
        assertThatThrownBy(() -> new StringTable().put("k", null)).isInstanceOf(IllegalArgumentException.class);
    }
}
