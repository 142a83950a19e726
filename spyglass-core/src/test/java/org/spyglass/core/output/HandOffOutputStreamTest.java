package org.spyglass.core.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HandOffOutputStreamTest {
    @ParameterizedTest
    @ValueSource(ints = {0, 1, HandOffOutputStream.BLOCK - 1, HandOffOutputStream.BLOCK, HandOffOutputStream.BLOCK + 1,
            HandOffOutputStream.BLOCK * (HandOffOutputStream.QUEUED + 3) + 17,
            HandOffOutputStream.BLOCK * 4 * HandOffOutputStream.QUEUED + 5})
    void deliversEveryByteInOrderAndClosesTheTarget(int length) throws IOException {
        byte[] data = new byte[length];
        new Random(length).nextBytes(data);
        ClosingTarget target = new ClosingTarget();

        try (HandOffOutputStream out = new HandOffOutputStream(target, "test")) {
            int written = 0;
            int step = 1;
            while (written < length) {
                int now = Math.min(step, length - written);
                if (now == 1) {
                    out.write(data[written]);
                } else {
                    out.write(data, written, now);
                }
                written += now;
                step = step * 3 + 1;
            }
        }

        assertThat(target.toByteArray()).isEqualTo(data);
        assertThat(target.closed).isTrue();
    }

    @Test
    void throwsTheTargetsFailureAtTheLatestOnClose() {
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("No space left on device");
            }
        };

        assertThatThrownBy(() -> {
            try (HandOffOutputStream out = new HandOffOutputStream(failing, "test")) {
                for (int i = 0; i < HandOffOutputStream.QUEUED * 4; i++) {
                    out.write(new byte[HandOffOutputStream.BLOCK]);
                }
            }
        }).isInstanceOf(IOException.class).hasMessageContaining("No space left on device");
    }

    private static final class ClosingTarget extends ByteArrayOutputStream {
        private boolean closed;

        @Override
        public void close() {
            closed = true;
        }
    }
}
