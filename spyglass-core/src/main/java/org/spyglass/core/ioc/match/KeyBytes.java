package org.spyglass.core.ioc.match;

/**
 * The byte form of the keys of a {@link KeyTable}: each UTF-16 unit of a string on its own, in one byte below 0x80,
 * two below 0x800 and three otherwise (as UTF-8 lays out those ranges, but a surrogate is written as itself), so that
 * every Java string, even one with an unpaired surrogate, comes back the same and is compared char by char without
 * decoding code points. Indicator values are nearly all ASCII, one byte a character.
 */
final class KeyBytes {
    private KeyBytes() {
    }

    /** How many bytes {@code key} takes. */
    static int length(String key) {
        int length = key.length();
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c >= 0x80) {
                length += c < 0x800 ? 1 : 2;
            }
        }
        return length;
    }

    /** Writes {@code key} at {@code position}; returns the position after it. */
    static int write(String key, byte[] bytes, int position) {
        int p = position;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c < 0x80) {
                bytes[p++] = (byte) c;
            } else if (c < 0x800) {
                bytes[p++] = (byte) (0xC0 | c >> 6);
                bytes[p++] = (byte) (0x80 | c & 0x3F);
            } else {
                bytes[p++] = (byte) (0xE0 | c >> 12);
                bytes[p++] = (byte) (0x80 | c >> 6 & 0x3F);
                bytes[p++] = (byte) (0x80 | c & 0x3F);
            }
        }
        return p;
    }

    /** The string written in {@code bytes[from, to)}. */
    static String read(byte[] bytes, int from, int to) {
        char[] chars = new char[to - from];
        int n = 0;
        for (int p = from; p < to; n++) {
            int b = bytes[p];
            if (b >= 0) {
                chars[n] = (char) b;
                p++;
            } else if ((b & 0xE0) == 0xC0) {
                chars[n] = (char) ((b & 0x1F) << 6 | bytes[p + 1] & 0x3F);
                p += 2;
            } else {
                chars[n] = (char) ((b & 0x0F) << 12 | (bytes[p + 1] & 0x3F) << 6 | bytes[p + 2] & 0x3F);
                p += 3;
            }
        }
        return new String(chars, 0, n);
    }

    /** Whether {@code bytes[from, to)} holds {@code s.substring(sFrom, sTo)}. Makes no object. */
    static boolean equal(byte[] bytes, int from, int to, String s, int sFrom, int sTo) {
        if (to - from < sTo - sFrom) {
            return false;
        }
        int p = from;
        for (int i = sFrom; i < sTo; i++) {
            if (p >= to) {
                return false;
            }
            int b = bytes[p];
            char c;
            if (b >= 0) {
                c = (char) b;
                p++;
            } else if ((b & 0xE0) == 0xC0) {
                c = (char) ((b & 0x1F) << 6 | bytes[p + 1] & 0x3F);
                p += 2;
            } else {
                c = (char) ((b & 0x0F) << 12 | (bytes[p + 1] & 0x3F) << 6 | bytes[p + 2] & 0x3F);
                p += 3;
            }
            if (c != s.charAt(i)) {
                return false;
            }
        }
        return p == to;
    }

    /**
     * The {@link String#hashCode()} of the string written in {@code bytes[from, to)}.
     *
     * @throws IllegalArgumentException when those bytes are not a string in this form (damaged input)
     */
    static int hash(byte[] bytes, int from, int to) {
        int hash = 0;
        int p = from;
        while (p < to) {
            int b = bytes[p];
            int c;
            if (b >= 0) {
                c = b;
                p++;
            } else if ((b & 0xE0) == 0xC0 && p + 1 < to && continuation(bytes[p + 1])) {
                c = (b & 0x1F) << 6 | bytes[p + 1] & 0x3F;
                p += 2;
            } else if ((b & 0xF0) == 0xE0 && p + 2 < to && continuation(bytes[p + 1]) && continuation(bytes[p + 2])) {
                c = (b & 0x0F) << 12 | (bytes[p + 1] & 0x3F) << 6 | bytes[p + 2] & 0x3F;
                p += 3;
            } else {
                throw new IllegalArgumentException("a key's bytes are not text at offset " + p);
            }
            hash = 31 * hash + c;
        }
        return hash;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
