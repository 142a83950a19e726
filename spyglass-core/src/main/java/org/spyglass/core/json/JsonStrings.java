package org.spyglass.core.json;

import java.nio.charset.StandardCharsets;
import org.spyglass.core.text.ByteWords;
import org.spyglass.core.text.Latin1Copier;

/**
 * Strings for {@link JsonBuffer}, quoted and escaped as the generator of {@link Json#mapper()} writes them:
 * {@code "} and {@code \} escaped with a backslash, the control characters below U+0020 as {@code \b \t \n \f \r}
 * or as a backslash, {@code u} and four upper-case hex digits, each surrogate (paired or not) as such a
 * six-character escape, every other character as its UTF-8 bytes. Plain ASCII, by far the most common, is copied
 * in bulk. One per buffer; not thread-safe.
 */
final class JsonStrings {
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
    /** For each ASCII character: 0 when written as is, the letter of its short escape, or 'u' for the long escape. */
    private static final byte[] ESCAPES = new byte[128];
    /** Strings at least this long are copied by the Latin-1 encoder rather than character by character. */
    private static final int ENCODED_FROM = 16;

    static {
        for (int c = 0; c < 0x20; c++) {
            ESCAPES[c] = 'u';
        }
        ESCAPES['\b'] = 'b';
        ESCAPES['\t'] = 't';
        ESCAPES['\n'] = 'n';
        ESCAPES['\f'] = 'f';
        ESCAPES['\r'] = 'r';
        ESCAPES['"'] = '"';
        ESCAPES['\\'] = '\\';
    }

    private final Latin1Copier copier = new Latin1Copier();

    /** Appends {@code text}, quoted, to {@code out}. */
    void write(String text, JsonBuffer out) {
        int length = text.length();
        out.room(length + 2L);
        out.array()[out.size()] = '"';
        out.size(out.size() + 1);
        int plain = length >= ENCODED_FROM ? encodedRun(text, length, out) : charRun(text, length, out);
        if (plain < length) {
            escaped(text, plain, length, out);
        }
        out.raw((byte) '"');
    }

    /**
     * Writes the characters of {@code text} up to the first that is not plain ASCII (one to escape or to encode in
     * more than a byte), one by one; returns how many it wrote. The caller made room.
     */
    private static int charRun(String text, int length, JsonBuffer buffer) {
        byte[] out = buffer.array();
        int at = buffer.size();
        int i = 0;
        for (; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || ESCAPES[c] != 0) {
                break;
            }
            out[at++] = (byte) c;
        }
        buffer.size(at);
        return i;
    }

    /**
     * {@link #charRun} for longer strings: the characters are copied a chunk at a time ({@link Latin1Copier}, which
     * stops at the first character above U+00FF), then the bytes are checked eight at a time and kept up to the
     * first that is not plain ASCII.
     */
    private int encodedRun(String text, int length, JsonBuffer out) {
        int done = 0;
        while (done < length) {
            int chunk = Math.min(length - done, Latin1Copier.CHUNK);
            int at = out.size();
            int copied = copier.copy(text, done, done + chunk, out.array(), at);
            int plain = plainAscii(out.array(), at, at + copied) - at;
            out.size(at + plain);
            done += plain;
            if (plain < chunk) {
                break;
            }
        }
        return done;
    }

    /** The index of the first byte in {@code [from, end)} that is not plain ASCII, or {@code end}. */
    private static int plainAscii(byte[] bytes, int from, int end) {
        int at = from;
        while (at + Long.BYTES <= end) {
            long word = ByteWords.at(bytes, at);
            if ((ByteWords.nonAscii(word) | ByteWords.below(word, 0x20) | ByteWords.equal(word, (byte) '"')
                    | ByteWords.equal(word, (byte) '\\')) != 0) {
                break;
            }
            at += Long.BYTES;
        }
        for (; at < end; at++) {
            byte b = bytes[at];
            if (b < 0 || ESCAPES[b] != 0) {
                return at;
            }
        }
        return end;
    }

    /** The characters of {@code text} from {@code from}, escaped where they must be. */
    private static void escaped(String text, int from, int length, JsonBuffer buffer) {
        buffer.room((length - from) * 6L);
        byte[] out = buffer.array();
        int at = buffer.size();
        for (int i = from; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                byte escape = ESCAPES[c];
                if (escape == 0) {
                    out[at++] = (byte) c;
                } else if (escape == 'u') {
                    at = unicodeEscape(out, at, c);
                } else {
                    out[at++] = '\\';
                    out[at++] = escape;
                }
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | c >> 6);
                out[at++] = (byte) (0x80 | c & 0x3F);
            } else if (Character.isSurrogate(c)) {
                at = unicodeEscape(out, at, c);
            } else {
                out[at++] = (byte) (0xE0 | c >> 12);
                out[at++] = (byte) (0x80 | c >> 6 & 0x3F);
                out[at++] = (byte) (0x80 | c & 0x3F);
            }
        }
        buffer.size(at);
    }

    private static int unicodeEscape(byte[] out, int at, char c) {
        out[at] = '\\';
        out[at + 1] = 'u';
        out[at + 2] = HEX[c >> 12];
        out[at + 3] = HEX[c >> 8 & 0xF];
        out[at + 4] = HEX[c >> 4 & 0xF];
        out[at + 5] = HEX[c & 0xF];
        return at + 6;
    }
}
