package org.spyglass.core.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Copies the characters of a string into a byte array, one byte each, in bulk: through the JDK's Latin-1 encoder,
 * whose loop the JIT compiles to vector instructions, instead of a loop over {@link String#charAt}. The copy stops
 * at the first character above U+00FF (which has no single byte); what a caller needs beyond that (plain ASCII for
 * UTF-8, no character to escape) it checks on the copied bytes, eight at a time with {@link ByteWords}. Worth it from
 * a dozen characters or so. Keeps its buffers from one copy to the next: one per thread, not thread-safe.
 */
public final class Latin1Copier {
    /** The most characters one {@link #copy} call copies. */
    public static final int CHUNK = 4096;

    private final char[] chars = new char[CHUNK];
    private final CharBuffer charView = CharBuffer.wrap(chars);
    private final CharsetEncoder latin1 = StandardCharsets.ISO_8859_1.newEncoder();
    private ByteBuffer byteView;

    /**
     * Copies the characters of {@code text} from {@code from} to {@code to} (at most {@link #CHUNK} of them) into
     * {@code out} from {@code at}, each as its Latin-1 byte, up to the first character above U+00FF; returns how
     * many were copied. The caller makes room for {@code to - from} bytes.
     *
     * @throws IllegalArgumentException when asked for more than {@link #CHUNK} characters
     */
    public int copy(String text, int from, int to, byte[] out, int at) {
        int count = to - from;
        if (count > CHUNK) {
            throw new IllegalArgumentException("at most " + CHUNK + " characters at a time, not " + count);
        }
        text.getChars(from, to, chars, 0);
        charView.limit(count).position(0);
        ByteBuffer target = byteView(out);
        target.limit(at + count).position(at);
        latin1.reset().encode(charView, target, true);
        return target.position() - at;
    }

    private ByteBuffer byteView(byte[] bytes) {
        if (byteView == null || byteView.array() != bytes) {
            byteView = ByteBuffer.wrap(bytes);
        }
        return byteView;
    }
}
