package org.spyglass.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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

        JsonArrays.concatenate(List.of(first, folder.resolve("missing.json"), second), joined, false, false);

        assertThat(Json.mapper().readValue(joined.toFile(), Item[].class)).extracting(Item::id)
                .containsExactly(1, 2, 3);
        assertThat(Files.readString(joined)).isEqualTo(
                "[\n{\"id\":1,\"name\":\"b\"},\n{\"id\":2,\"name\":\"a\"},\n{\"id\":3,\"name\":\"a\"}\n]\n");
    }

    @ParameterizedTest(name = "pretty={0}")
    @ValueSource(booleans = {false, true})
    void partsInTheTargetsLayoutAreJoinedAsBytesExactlyAsReadingThemWouldJoinThem(boolean pretty) throws IOException {
        List<Path> parts = new ArrayList<>();
        for (int part = 0; part < 4; part++) {
            Path file = folder.resolve("part-" + part + ".json");
            if (part != 2) {
                try (JsonArrayFile array = new JsonArrayFile(file, pretty)) {
                    for (int i = 0; i <= part; i++) {
                        array.add(new Item(part * 10 + i, "é,\"\n\u2028 " + part));
                    }
                }
            }
            parts.add(file);
        }
        Path spliced = folder.resolve("spliced.json");
        Path copied = folder.resolve("copied.json");

        JsonArrays.concatenate(parts, spliced, pretty, true);
        JsonArrays.concatenate(parts, copied, pretty, false);

        assertThat(Files.readAllBytes(spliced)).isEqualTo(Files.readAllBytes(copied));
        assertThat(Json.mapper().readValue(spliced.toFile(), Item[].class)).extracting(Item::id)
                .containsExactly(0, 10, 11, 30, 31, 32, 33);
    }

    @Test
    void aPartNotInTheLayoutIsReadAndWrittenAgain() throws IOException {
        Path odd = folder.resolve("odd.json");
        Files.writeString(odd, "[{\"id\": 7, \"name\": \"x\"}]");
        Path empty = folder.resolve("empty.json");
        Files.writeString(empty, "[]\n");
        Path joined = folder.resolve("joined.json");

        JsonArrays.concatenate(List.of(empty, odd), joined, false, true);

        assertThat(Files.readString(joined)).isEqualTo("[\n{\"id\":7,\"name\":\"x\"}\n]\n");
    }

    @Test
    void noElementAnywhereGivesAnEmptyArray() throws IOException {
        Path joined = folder.resolve("none.json");

        JsonArrays.concatenate(List.of(folder.resolve("missing.json")), joined, false, true);

        assertThat(Files.readString(joined)).isEqualTo("[]\n");
    }
}
