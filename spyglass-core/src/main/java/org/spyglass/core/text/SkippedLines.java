package org.spyglass.core.text;

import java.util.Locale;
import org.spyglass.core.module.ParseContext;

/**
 * The lines of a text, or of one section of it, that a parser could not read: counted, the first remembered, and
 * reported in one warning at the end. Not thread-safe: one per file or section, or reset between them.
 */
public final class SkippedLines {
    private long count;
    private long first;

    /** Forgets the lines of the previous section. */
    public void reset() {
        count = 0;
        first = 0;
    }

    /** Counts the line {@code number}. */
    public void add(long number) {
        count++;
        first = first == 0 ? number : first;
    }

    /**
     * Warns once about the lines counted, if any.
     *
     * @param message a format with two {@code %d}: the number of lines, then the first line's number
     */
    public void report(ParseContext<?> context, String file, String message) {
        if (count > 0) {
            context.warn(file, String.format(Locale.ROOT, message, count, first));
        }
    }
}
