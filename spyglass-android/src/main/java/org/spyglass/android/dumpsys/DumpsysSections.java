package org.spyglass.android.dumpsys;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.function.BooleanSupplier;
import org.spyglass.core.text.TextLines;

/**
 * Streams a dumpstate text (see {@link org.spyglass.core.text.TextLines}: hostile bytes, long lines cut) and hands the
 * lines of the wanted sections to a {@link Visitor}, one line at a time, so the file is never held whole. A
 * {@code DUMP OF SERVICE <name>:} section (a priority word such as {@code CRITICAL} before the name is dropped) runs
 * to the next line starting with 78 {@code -}; the {@value #GETPROP} section is the block after
 * {@code ------ SYSTEM PROPERTIES (getprop) ------}, up to the next line starting with {@code ------}. A section that
 * the end of the file or the start of another section cuts is ended as incomplete: the visitor warns, the reading
 * goes on.
 */
public final class DumpsysSections {
    /** The name given to the getprop block. */
    public static final String GETPROP = "getprop";
    static final String SERVICE = "DUMP OF SERVICE ";
    static final String SEPARATOR = "-".repeat(78);
    static final String GETPROP_START = "------ SYSTEM PROPERTIES";
    private static final Set<String> PRIORITIES = Set.of("CRITICAL", "HIGH", "NORMAL");

    /** Receives the lines of the wanted sections. */
    public interface Visitor {
        /** A line of the section {@code name}, without its end; {@code number} is its 1-based line number. */
        void line(String name, String line, long number);

        /**
         * The section {@code name} ended: {@code complete} is false when it was cut (by the end of the file or by
         * another section's start) before its closing line; {@code number} is the line where it ended.
         */
        void end(String name, boolean complete, long number);
    }

    private DumpsysSections() {
    }

    /**
     * Reads {@code in} to its end (or until {@code stop} says so), visiting the sections whose names are in
     * {@code wanted}. The caller closes the stream.
     */
    public static void read(InputStream in, Set<String> wanted, Visitor visitor, BooleanSupplier stop)
            throws IOException {
        TextLines text = new TextLines(in);
        String current = null;
        boolean getprop = false;
        for (String line = text.next(); line != null && !stop.getAsBoolean(); line = text.next()) {
            String starting = start(line);
            if (starting != null) {
                if (current != null) {
                    visitor.end(current, false, text.number());
                }
                current = wanted.contains(starting) ? starting : null;
                getprop = starting.equals(GETPROP);
                continue;
            }
            if (current == null) {
                continue;
            }
            if (getprop ? line.startsWith("------") : line.startsWith(SEPARATOR)) {
                visitor.end(current, true, text.number());
                current = null;
            } else {
                visitor.line(current, line, text.number());
            }
        }
        if (current != null) {
            visitor.end(current, false, text.number());
        }
    }

    /** The name of the section a line starts, or null when it starts none. */
    static String start(String line) {
        if (line.startsWith(GETPROP_START) && line.contains("(getprop)")) {
            return GETPROP;
        }
        if (!line.startsWith(SERVICE) || !line.endsWith(":")) {
            return null;
        }
        String name = line.substring(SERVICE.length(), line.length() - 1).strip();
        int space = name.indexOf(' ');
        if (space > 0 && PRIORITIES.contains(name.substring(0, space).toUpperCase(Locale.ROOT))) {
            name = name.substring(space + 1).strip();
        }
        return name.isEmpty() ? null : name;
    }
}
