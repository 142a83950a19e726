package org.spyglass.core.sqlite;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Decodes SQLite's record format: a varint header of serial types, then the values they describe. */
final class Records {

    private Records() {
    }

    /**
     * The values of one record: {@code null}, {@link Long}, {@link Double}, {@link String} or {@code byte[]}.
     *
     * @throws IllegalArgumentException when the record is damaged
     */
    static List<Object> decode(byte[] record, Charset encoding) {
        long[] headerSize = BtreeReader.varint(record, 0);
        if (headerSize[0] > record.length || headerSize[0] < headerSize[1]) {
            throw new IllegalArgumentException("record header larger than the record");
        }
        int end = (int) headerSize[0];
        int at = (int) headerSize[1];
        int body = end;
        List<Object> values = new ArrayList<>();
        while (at < end) {
            long[] type = BtreeReader.varint(record, at);
            at += (int) type[1];
            long serial = type[0];
            int length = length(serial);
            if (length < 0 || body + length > record.length) {
                throw new IllegalArgumentException("record value beyond the record");
            }
            values.add(value(record, body, length, serial, encoding));
            body += length;
        }
        return values;
    }

    private static int length(long serial) {
        if (serial >= 12) {
            long length = (serial - (serial % 2 == 0 ? 12 : 13)) / 2;
            return length > Integer.MAX_VALUE ? -1 : (int) length;
        }
        return switch ((int) serial) {
            case 0, 8, 9 -> 0;
            case 1 -> 1;
            case 2 -> 2;
            case 3 -> 3;
            case 4 -> 4;
            case 5 -> 6;
            case 6, 7 -> 8;
            default -> -1;
        };
    }

    private static Object value(byte[] record, int at, int length, long serial, Charset encoding) {
        if (serial >= 12) {
            byte[] bytes = Arrays.copyOfRange(record, at, at + length);
            return serial % 2 == 0 ? bytes : new String(bytes, encoding);
        }
        return switch ((int) serial) {
            case 0 -> null;
            case 8 -> 0L;
            case 9 -> 1L;
            case 7 -> Double.longBitsToDouble(PageFile.read(record, at, 8));
            default -> signed(record, at, length);
        };
    }

    private static long signed(byte[] record, int at, int length) {
        long value = PageFile.read(record, at, length);
        int shift = 64 - 8 * length;
        return (value << shift) >> shift;
    }
}
