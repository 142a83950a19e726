package org.spyglass.core.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A CSV file with every field quoted (MVT's {@code QUOTE_ALL}): fields are wrapped in double quotes, a double quote
 * inside a field is doubled, rows end with CRLF (RFC 4180). UTF-8, no byte-order mark. Not thread-safe.
 */
public final class CsvWriter implements Closeable {
    private final Writer out;

    public CsvWriter(Path file) throws IOException {
        out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16);
    }

    public void row(String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write('"');
            out.write(fields[i].replace("\"", "\"\""));
            out.write('"');
        }
        out.write("\r\n");
    }

    @Override
    public void close() throws IOException {
        out.close();
    }
}
