package org.spyglass.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.spyglass.core.json.Json;

class AtomicFileTest {
    @TempDir
    Path dir;

    @Test
    void showsTheFinalNameOnlyOnceCommitted() throws IOException {
        Path target = dir.resolve("alerts.json");
        try (AtomicFile file = AtomicFile.create(target)) {
            file.stream().write("[]\n".getBytes(StandardCharsets.UTF_8));
            file.stream().flush();

            assertThat(target).doesNotExist();
            assertThat(AtomicFile.temporaryOf(target)).hasContent("[]");

            file.commit();
        }
        assertThat(target).hasContent("[]");
        assertThat(names()).containsExactly("alerts.json");
    }

    @Test
    void leavesNothingWhenClosedWithoutCommit() throws IOException {
        try (AtomicFile file = AtomicFile.create(dir.resolve("summary.json"))) {
            file.stream().write("{\"schema_version\":".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(names()).isEmpty();
    }

    @Test
    void keepsTheOldFileUntilTheNewOneIsComplete() throws IOException {
        Path target = Files.writeString(dir.resolve("key.txt"), "old", StandardCharsets.UTF_8);
        try (AtomicFile file = AtomicFile.create(target)) {
            file.stream().write("new".getBytes(StandardCharsets.UTF_8));
            file.stream().flush();
            assertThat(target).hasContent("old");
            file.commit();
        }
        assertThat(target).hasContent("new");
    }

    @Test
    void appendsWholePartsAfterWhatWasWrittenInOrder() throws IOException {
        byte[] big = new byte[3 << 20];
        for (int i = 0; i < big.length; i++) {
            big[i] = (byte) ('a' + i % 26);
        }
        Path first = Files.write(dir.resolve("first.part"), big);
        Path empty = Files.write(dir.resolve("empty.part"), new byte[0]);
        Path last = Files.writeString(dir.resolve("last.part"), "end\n", StandardCharsets.UTF_8);
        Path target = dir.resolve("timeline.jsonl");
        try (AtomicFile file = AtomicFile.create(target)) {
            file.stream().write("start\n".getBytes(StandardCharsets.UTF_8));
            file.append(first);
            file.append(empty);
            file.stream().write('|');
            file.append(last);
            file.commit();
        }
        byte[] expected = new byte[6 + big.length + 1 + 4];
        System.arraycopy("start\n".getBytes(StandardCharsets.UTF_8), 0, expected, 0, 6);
        System.arraycopy(big, 0, expected, 6, big.length);
        expected[6 + big.length] = '|';
        System.arraycopy("end\n".getBytes(StandardCharsets.UTF_8), 0, expected, 7 + big.length, 4);
        assertThat(Files.readAllBytes(target)).isEqualTo(expected);
    }

    @Test
    void aPartThatCannotBeReadLeavesNoFinalNamedFile() throws IOException {
        Path target = dir.resolve("timeline.jsonl");
        try (AtomicFile file = AtomicFile.create(target)) {
            file.stream().write("start\n".getBytes(StandardCharsets.UTF_8));
            assertThatThrownBy(() -> file.append(dir.resolve("missing.part"))).isInstanceOf(IOException.class);
            assertThat(file.failed()).isTrue();
            assertThatThrownBy(file::commit).isInstanceOf(IOException.class).hasMessageContaining("not completed");
        }
        assertThat(names()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 4_000, 65_536, 200_000})
    void aDiskThatFillsMidWriteLeavesNoFinalNamedFile(int capacity) throws IOException {
        Path target = dir.resolve("sms.json");
        AtomicFile file = new AtomicFile(target, path -> new FullDisk(Files.newOutputStream(path), capacity));

        assertThatThrownBy(() -> {
            try (file; JsonGenerator out = Json.generator(file.stream(), false)) {
                out.writeStartArray();
                for (int i = 0; i < 20_000; i++) {
                    out.writeString("message number " + i);
                }
                out.writeEndArray();
                out.close();
                file.commit();
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("No space left on device");

        assertThat(file.failed()).isTrue();
        assertThatThrownBy(file::commit).isInstanceOf(IOException.class).hasMessageContaining("not completed");
        assertThat(names()).isEmpty();
    }

    private List<String> names() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).toList();
        }
    }

    /** A disk with room for {@code capacity} bytes. */
    private static final class FullDisk extends FilterOutputStream {
        private long left;

        FullDisk(OutputStream out, long capacity) {
            super(out);
            this.left = capacity;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > left) {
                out.write(b, off, (int) left);
                left = 0;
                throw new IOException("No space left on device");
            }
            left -= len;
            out.write(b, off, len);
        }
    }
}
