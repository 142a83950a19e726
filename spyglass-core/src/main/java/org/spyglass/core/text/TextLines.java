package org.spyglass.core.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Reads the lines of a text file from the evidence, treated as hostile: bytes that are not UTF-8 become U+FFFD
 * instead of failing the read, and a line longer than {@value #MAX_LINE} characters is cut there (the rest of it
 * skipped), so one file without newlines cannot exhaust memory. {@code \n}, {@code \r\n} and {@code \r} end lines.
 * The caller closes the stream. Not thread-safe.
 */
public final class TextLines {
    /** The longest line kept, in characters. */
    public static final int MAX_LINE = 64 * 1024;

    private final Reader reader;
    private final StringBuilder line = new StringBuilder();
    private int pending = -1;
    private long number;

    public TextLines(InputStream in) {
        this.reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE)));
    }

    /** The next line without its end, or null at the end of the file. */
    public String next() throws IOException {
        line.setLength(0);
        int c = pending >= 0 ? pending : reader.read();
        pending = -1;
        if (c < 0) {
            return null;
        }
        while (c >= 0 && c != '\n' && c != '\r') {
            if (line.length() < MAX_LINE) {
                line.append((char) c);
            }
            c = reader.read();
        }
        if (c == '\r') {
            int after = reader.read();
            if (after != '\n') {
                pending = after;
            }
        }
        number++;
        return line.toString();
    }

    /** The 1-based number of the line last returned. */
    public long number() {
        return number;
    }
}
