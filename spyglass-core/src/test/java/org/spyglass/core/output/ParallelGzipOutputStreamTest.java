package org.spyglass.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ParallelGzipOutputStreamTest {
    private static final int SEGMENT = ParallelGzipOutputStream.SEGMENT;

    /** Text that repeats across segment ends, so back-references reach into the segment before. */
    private static byte[] text(int length, long seed) {
        Random random = new Random(seed);
        String[] words = {"sms_received", "\"https://example.com/p/", "safari_history", "2021-01-01 10:00:00.000000",
            "datausage", "é", "\u2028", "\n"};
        ByteArrayOutputStream out = new ByteArrayOutputStream(length + 64);
        while (out.size() < length) {
            if (random.nextInt(10) == 0) {
                out.write(random.nextInt(256));
            } else {
                out.writeBytes(words[random.nextInt(words.length)].getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] bytes = out.toByteArray();
        return java.util.Arrays.copyOf(bytes, length);
    }

    private static byte[] gzip(byte[] data, int threads, int chunk) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ParallelGzipOutputStream gzip = new ParallelGzipOutputStream(out, Deflater.BEST_SPEED, threads)) {
            for (int at = 0; at < data.length; at += chunk) {
                if (chunk == 1) {
                    gzip.write(data[at]);
                } else {
                    gzip.write(data, at, Math.min(chunk, data.length - at));
                }
            }
        }
        return out.toByteArray();
    }

    private static byte[] gunzip(byte[] gzip) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return in.readAllBytes();
        }
    }

    @ParameterizedTest(name = "{0} bytes")
    @ValueSource(ints = {0, 1, 100, SEGMENT - 1, SEGMENT, SEGMENT + 1, 2 * SEGMENT, 3 * SEGMENT + SEGMENT / 2})
    void anyGzipReaderReadsBackTheBytesWritten(int length) throws IOException {
        byte[] data = text(length, length);

        byte[] compressed = gzip(data, 2, 7919);

        assertThat(gunzip(compressed)).isEqualTo(data);
    }

    @Test
    void theBytesDoNotDependOnTheThreadsOrHowTheyAreWritten() throws IOException {
        byte[] data = text(5 * SEGMENT + 12345, 42);

        byte[] one = gzip(data, 1, 65536);

        assertThat(gzip(data, 3, 1000)).isEqualTo(one);
        assertThat(gzip(java.util.Arrays.copyOf(data, 70000), 2, 1))
                .isEqualTo(gzip(java.util.Arrays.copyOf(data, 70000), 1, 70000));
    }

    @Test
    void compressesAboutAsWellAsOneStream() throws IOException {
        byte[] data = text(4 * SEGMENT, 7);
        ByteArrayOutputStream single = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(single) {
            {
                def.setLevel(Deflater.BEST_SPEED);
            }
        }) {
            gzip.write(data);
        }

        // The preset dictionaries keep back-references across segments: within 1 % of one stream.
        assertThat((double) gzip(data, 2, 65536).length).isLessThan(single.size() * 1.01);
    }

    @Test
    void aTargetThatFailsFailsTheWriteOrTheClose() {
        OutputStream failing = new OutputStream() {
            private int written;

            @Override
            public void write(int b) throws IOException {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                written += len;
                if (written > 100) {
                    throw new IOException("disk full");
                }
            }
        };

        assertThatThrownBy(() -> {
            try (ParallelGzipOutputStream gzip = new ParallelGzipOutputStream(failing, Deflater.BEST_SPEED, 2)) {
                gzip.write(text(3 * SEGMENT, 1));
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("disk full");
    }

    @Test
    void writingAfterCloseIsRefused() throws IOException {
        ParallelGzipOutputStream gzip = new ParallelGzipOutputStream(new ByteArrayOutputStream(), 1, 1);
        gzip.close();
        gzip.close();

        assertThatThrownBy(() -> gzip.write(1)).isInstanceOf(IOException.class);
    }
}
