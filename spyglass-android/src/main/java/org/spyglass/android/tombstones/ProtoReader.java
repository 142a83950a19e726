package org.spyglass.android.tombstones;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads protobuf wire format from a byte array, one field at a time, without a schema: just what the tombstone
 * reader needs (varints, length-delimited values; 32- and 64-bit values are skipped). Every read is bounded by the
 * array; a malformed message is an {@link IOException}.
 */
final class ProtoReader {
    static final int VARINT = 0;
    static final int FIXED64 = 1;
    static final int LENGTH = 2;
    static final int FIXED32 = 5;

    private final byte[] data;
    private final int end;
    private int position;
    private int tag;

    ProtoReader(byte[] data) {
        this(data, 0, data.length);
    }

    private ProtoReader(byte[] data, int start, int end) {
        this.data = data;
        this.position = start;
        this.end = end;
    }

    /** Moves to the next field; false at the end of the message. */
    boolean next() throws IOException {
        if (position >= end) {
            return false;
        }
        long key = varint();
        if (key >>> 3 == 0 || key >>> 3 > Integer.MAX_VALUE) {
            throw new IOException("field number out of range at byte " + position);
        }
        tag = (int) key;
        return true;
    }

    int field() {
        return tag >>> 3;
    }

    int wireType() {
        return tag & 7;
    }

    /** The current field's varint value. */
    long varint() throws IOException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            if (position >= end) {
                throw new IOException("varint cut at the end of the message");
            }
            byte b = data[position++];
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw new IOException("varint longer than 10 bytes at byte " + position);
    }

    /** The current length-delimited field's bytes. */
    byte[] bytes() throws IOException {
        int start = lengthStart();
        return Arrays.copyOfRange(data, start, position);
    }

    String string() throws IOException {
        return new String(bytes(), StandardCharsets.UTF_8);
    }

    /** A reader over the current length-delimited field (an embedded message). */
    ProtoReader message() throws IOException {
        int start = lengthStart();
        return new ProtoReader(data, start, position);
    }

    private int lengthStart() throws IOException {
        if (wireType() != LENGTH) {
            throw new IOException("field " + field() + " is not length-delimited");
        }
        long length = varint();
        if (length < 0 || length > end - position) {
            throw new IOException("field " + field() + " runs past the end of the message");
        }
        int start = position;
        position += (int) length;
        return start;
    }

    /** Skips the current field's value. */
    void skip() throws IOException {
        switch (wireType()) {
            case VARINT -> varint();
            case LENGTH -> lengthStart();
            case FIXED64 -> advance(8);
            case FIXED32 -> advance(4);
            default -> throw new IOException("unsupported wire type " + wireType() + " for field " + field());
        }
    }

    private void advance(int count) throws IOException {
        if (end - position < count) {
            throw new IOException("field " + field() + " runs past the end of the message");
        }
        position += count;
    }
}
