package org.spyglass.core.text;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Eight bytes of an array read as one {@code long}, and tests that look at all eight at once, for scans of UTF-8 text
 * that skip ahead while no byte of a word needs attention. Each test is exact about whether any byte qualifies (it
 * never misses one and never reports one that does not), though not about which: a scan that gets a non-zero answer
 * looks at that word's bytes one by one.
 */
public final class ByteWords {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class,
            ByteOrder.LITTLE_ENDIAN);
    private static final long ONES = 0x0101010101010101L;
    private static final long HIGHS = 0x8080808080808080L;

    private ByteWords() {
    }

    /** The {@value Long#BYTES} bytes from {@code offset}, which must all be in the array. */
    public static long at(byte[] bytes, int offset) {
        return (long) LONGS.get(bytes, offset);
    }

    /** Non-zero when a byte of {@code word} equals {@code value}. */
    public static long equal(long word, byte value) {
        long flipped = word ^ ONES * (value & 0xFF);
        return (flipped - ONES) & ~flipped & HIGHS;
    }

    /** Non-zero when a byte of {@code word} is not ASCII (0x80 and up). */
    public static long nonAscii(long word) {
        return word & HIGHS;
    }

    /** Non-zero when a byte of {@code word}, unsigned, is below {@code bound} (at most 0x80). */
    public static long below(long word, int bound) {
        return (word - ONES * bound) & ~word & HIGHS;
    }
}
