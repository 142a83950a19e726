package org.spyglass.android.tombstones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProtoReaderTest {
    @Test
    void readsAVarintFieldAndALengthDelimitedField() throws IOException {
        ProtoReader in = new ProtoReader(new byte[] {0x08, (byte) 0x96, 0x01, 0x12, 0x02, 'h', 'i'});

        assertThat(in.next()).isTrue();
        assertThat(in.field()).isEqualTo(1);
        assertThat(in.varint()).isEqualTo(150);
        assertThat(in.next()).isTrue();
        assertThat(in.string()).isEqualTo("hi");
        assertThat(in.next()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12 05 61", "08 96", "00 01", "0b 01", "08 ff ff ff ff ff ff ff ff ff ff 01"})
    void refusesMalformedMessagesWithAnIoException(String hex) {
        String[] parts = hex.split(" ");
        byte[] data = new byte[parts.length];
        for (int i = 0; i < parts.length; i++) {
            data[i] = (byte) Integer.parseInt(parts[i], 16);
        }
        ProtoReader in = new ProtoReader(data);

        assertThatThrownBy(() -> {
            while (in.next()) {
                in.skip();
            }
        }).isInstanceOf(IOException.class);
    }
}
