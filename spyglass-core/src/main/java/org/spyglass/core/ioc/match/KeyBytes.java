package org.spyglass.core.ioc.match;

/**
 * The byte form of the keys of a {@link KeyTable}: each UTF-16 unit of a string on its own, in one byte below 0x80,
 * two below 0x800 and three otherwise (as UTF-8 lays out those ranges, but a surrogate is written as itself), so that
 * every Java string, even one with an unpaired surrogate, comes back the same and is compared char by char without
 * decoding code points. Indicator values are nearly all ASCII, one byte a character. A string of lower-case hex
 * digits of even length (at least {@value #MIN_HEX}; file and certificate hashes) is written as the byte
 * {@code 0xF0}, which no character starts with, and then its digits two a byte: half the size.
 */
final class KeyBytes {
    private static final byte HEX_MARK = (byte) 0xF0;
    private static final int MIN_HEX = 8;
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private KeyBytes() {
    }

    /** How many bytes {@code key} takes. */
    static int length(String key) {
        if (isHex(key)) {
            return 1 + key.length() / 2;
        }
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
        if (isHex(key)) {
            bytes[p++] = HEX_MARK;
            for (int i = 0; i < key.length(); i += 2) {
                bytes[p++] = (byte) (Character.digit(key.charAt(i), 16) << 4 | Character.digit(key.charAt(i + 1), 16));
            }
            return p;
        }
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
        if (to > from && bytes[from] == HEX_MARK) {
            char[] digits = new char[2 * (to - from - 1)];
            for (int p = from + 1, n = 0; p < to; p++) {
                digits[n++] = DIGITS[bytes[p] >> 4 & 0xF];
                digits[n++] = DIGITS[bytes[p] & 0xF];
            }
            return new String(digits);
        }
        char[] chars = new char[to - from];
        int n = 0;
        for (int p = from; p < to; n++) {
            int b = bytes[p];
            if (b >= 0) {
                chars[n] = (char) b;
                p++;
            } else if ((b & 0xE0) == 0xC0 && p + 1 < to) {
                chars[n] = (char) ((b & 0x1F) << 6 | bytes[p + 1] & 0x3F);
                p += 2;
            } else if ((b & 0xF0) == 0xE0 && p + 2 < to) {
                chars[n] = (char) ((b & 0x0F) << 12 | (bytes[p + 1] & 0x3F) << 6 | bytes[p + 2] & 0x3F);
                p += 3;
            } else {
                // Not written by write (damaged input): read as one character, never past the key.
                chars[n] = (char) (b & 0xFF);
                p++;
            }
        }
        return new String(chars, 0, n);
    }

    /** Whether {@code bytes[from, to)} holds {@code s.substring(sFrom, sTo)}. Makes no object. */
    static boolean equal(byte[] bytes, int from, int to, String s, int sFrom, int sTo) {
        if (to > from && bytes[from] == HEX_MARK) {
            if (sTo - sFrom != 2 * (to - from - 1)) {
                return false;
            }
            for (int p = from + 1, i = sFrom; p < to; p++, i += 2) {
                if (s.charAt(i) != DIGITS[bytes[p] >> 4 & 0xF] || s.charAt(i + 1) != DIGITS[bytes[p] & 0xF]) {
                    return false;
                }
            }
            return true;
        }
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
            } else if ((b & 0xE0) == 0xC0 && p + 1 < to) {
                c = (char) ((b & 0x1F) << 6 | bytes[p + 1] & 0x3F);
                p += 2;
            } else if ((b & 0xF0) == 0xE0 && p + 2 < to) {
                c = (char) ((b & 0x0F) << 12 | (bytes[p + 1] & 0x3F) << 6 | bytes[p + 2] & 0x3F);
                p += 3;
            } else {
                return false;
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
        if (to > from && bytes[from] == HEX_MARK) {
            for (int p = from + 1; p < to; p++) {
                hash = 31 * (31 * hash + DIGITS[bytes[p] >> 4 & 0xF]) + DIGITS[bytes[p] & 0xF];
            }
            return hash;
        }
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

    /** Whether {@code key} is written as hex digits two a byte. */
    private static boolean isHex(String key) {
        int length = key.length();
        if (length < MIN_HEX || length % 2 != 0) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            char c = key.charAt(i);
            if ((c < '0' || c > '9') && (c < 'a' || c > 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte b) {
        return (b & 0xC0) == 0x80;
    }
}
