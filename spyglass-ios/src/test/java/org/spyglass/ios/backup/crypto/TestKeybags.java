package org.spyglass.ios.backup.crypto;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

/** Writes keybag TLV blocks for the tests of this package. */
final class TestKeybags {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    static TestKeybags start() {
        return new TestKeybags().block("VERS", 4).block("TYPE", 1).block("UUID", new byte[16])
                .block("HMCK", new byte[40]).block("WRAP", 0);
    }

    TestKeybags block(String tag, byte[] value) {
        out.writeBytes(tag.getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(ByteBuffer.allocate(4).putInt(value.length).array());
        out.writeBytes(value);
        return this;
    }

    TestKeybags block(String tag, int value) {
        return block(tag, ByteBuffer.allocate(4).putInt(value).array());
    }

    TestKeybags block(String tag, String value) {
        return block(tag, value.getBytes(StandardCharsets.UTF_8));
    }

    /** A class key: UUID, CLAS, WRAP, KTYP, WPKY. */
    TestKeybags classKey(int protectionClass, int wrap, byte[] wrapped) {
        return block("UUID", new byte[16]).block("CLAS", protectionClass).block("WRAP", wrap).block("KTYP", 0)
                .block("WPKY", wrapped);
    }

    byte[] bytes() {
        return out.toByteArray();
    }
}
