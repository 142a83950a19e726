package org.spyglass.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.json.Json;

class JsonArrayFileTest {
    @TempDir
    Path folder;

    public record Item(int id, String name) {
    }

    /** A record whose accessor fails, as a buggy record might. */
    public record Broken(String value) {
        @Override
        public String value() {
            throw new IllegalStateException("cannot render");
        }
    }

    @Test
    void createsNoFileWithoutElements() throws IOException {
        Path file = folder.resolve("empty.json");
        new JsonArrayFile(file, false).close();

        assertThat(file).doesNotExist();
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void writesAValidArrayCompactOrIndented(boolean pretty) throws IOException {
        Path file = folder.resolve("items.json");
        try (JsonArrayFile array = new JsonArrayFile(file, pretty)) {
            array.add(new Item(1, "a"));
            array.add(new Item(2, "b"));
        }

        assertThat(Json.mapper().readValue(file.toFile(), Item[].class)).containsExactly(new Item(1, "a"),
                new Item(2, "b"));
    }

    @Test
    void startsEachCompactElementOnALineOfItsOwn() throws IOException {
        Path file = folder.resolve("items.json");
        try (JsonArrayFile array = new JsonArrayFile(file, false)) {
            array.add(new Item(1, "a"));
            array.add(new Item(2, "b"));
        }

        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8)).containsExactly("[",
                "{\"id\":1,\"name\":\"a\"},", "{\"id\":2,\"name\":\"b\"}", "]");
    }

    @Test
    void leavesTheFileValidWhenAnElementCannotBeRendered() throws IOException {
        Path file = folder.resolve("items.json");
        try (JsonArrayFile array = new JsonArrayFile(file, false)) {
            array.add(new Item(1, "a"));
            assertThatThrownBy(() -> array.add(new Broken("x"))).isInstanceOf(JsonProcessingException.class);
            array.add(new Item(2, "b"));
            assertThat(array.count()).isEqualTo(2);
        }

        assertThat(List.of(Json.mapper().readValue(file.toFile(), Item[].class))).hasSize(2);
    }

    @Test
    void joinsArraysInTheGivenOrderSkippingMissingParts() throws IOException {
        Path first = folder.resolve("b.json");
        Path second = folder.resolve("a.json");
        try (JsonArrayFile array = new JsonArrayFile(first, false)) {
            array.add(new Item(1, "b"));
        }
        try (JsonArrayFile array = new JsonArrayFile(second, true)) {
            array.add(new Item(2, "a"));
            array.add(new Item(3, "a"));
        }
        Path joined = folder.resolve("all.json");

        long count = JsonArrays.concatenate(List.of(first, folder.resolve("missing.json"), second), joined, false);

        assertThat(count).isEqualTo(3);
        assertThat(Json.mapper().readValue(joined.toFile(), Item[].class)).extracting(Item::id)
                .containsExactly(1, 2, 3);
    }
}
