package org.spyglass.core.output;

import java.io.ByteArrayOutputStream;

/** A reusable byte buffer whose content can be read in place and cut short. Not thread-safe. */
final class Bytes extends ByteArrayOutputStream {
    Bytes() {
        super(1024);
    }

    /** The backing array; its first {@link #size()} bytes are the content. */
    byte[] array() {
        return buf;
    }

    /** Drops the content from {@code length} on. */
    void truncate(int length) {
        if (length < 0 || length > count) {
            throw new IllegalArgumentException("length " + length + " outside 0.." + count);
        }
        count = length;
    }
}
