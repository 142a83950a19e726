package org.spyglass.core.time;

/**
 * Times as {@link Times#mvt} renders them, written as ASCII bytes straight into a caller's array, for the writers
 * of millions of rows (timeline.csv, module JSON). The date of the last day written is kept: a writer's times are
 * mostly in order, so most times only need their time of day. Not thread-safe: one per writer.
 */
public final class MvtTimeBytes {
    private static final int DATE_LENGTH = 10;

    private final char[] text = new char[Times.MVT_LENGTH];
    private final byte[] date = new byte[DATE_LENGTH];
    private long dateDay = Long.MIN_VALUE;

    /**
     * Writes the {@value Times#MVT_LENGTH} bytes of the time {@code seconds} after the epoch plus {@code nano}
     * nanoseconds (0 to 999,999,999) at {@code out[at]}, which must have room for them; false, with nothing written,
     * when {@link Times#mvt} renders that time in another length (years outside 1 to 9999).
     */
    public boolean write(long seconds, int nano, byte[] out, int at) {
        if (!Times.fixedWidthMvt(seconds)) {
            return false;
        }
        long day = Math.floorDiv(seconds, 86_400L);
        if (day != dateDay) {
            Times.mvt(day * 86_400L, 0, text);
            for (int i = 0; i < DATE_LENGTH; i++) {
                date[i] = (byte) text[i];
            }
            dateDay = day;
        }
        System.arraycopy(date, 0, out, at, DATE_LENGTH);
        int second = (int) (seconds - day * 86_400L);
        out[at + 10] = ' ';
        twoDigits(out, at + 11, second / 3600);
        out[at + 13] = ':';
        twoDigits(out, at + 14, second / 60 % 60);
        out[at + 16] = ':';
        twoDigits(out, at + 17, second % 60);
        out[at + 19] = '.';
        int micros = nano / 1000;
        twoDigits(out, at + 20, micros / 10_000);
        twoDigits(out, at + 22, micros / 100 % 100);
        twoDigits(out, at + 24, micros % 100);
        return true;
    }

    private static void twoDigits(byte[] out, int at, int value) {
        out[at] = (byte) ('0' + value / 10);
        out[at + 1] = (byte) ('0' + value % 10);
    }
}
