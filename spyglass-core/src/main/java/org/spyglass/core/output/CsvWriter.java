package org.spyglass.core.output;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * A CSV file with every field quoted (MVT's {@code QUOTE_ALL}): fields are wrapped in double quotes, a double quote
 * inside a field is doubled, rows end with CRLF (RFC 4180). UTF-8, no byte-order mark. Not thread-safe.
 */
public final class CsvWriter implements Closeable {
    private final AtomicFile file;
    private final Writer out;

    /** Starts {@code file}, written under a temporary name until closed ({@link AtomicFile}). */
    public CsvWriter(Path file) throws IOException {
        this.file = AtomicFile.create(file);
        this.out = new BufferedWriter(new OutputStreamWriter(this.file.stream(), StandardCharsets.UTF_8), 1 << 16);
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

    /** Gives the file its final name; when a write failed, deletes it instead and throws. */
    @Override
    public void close() throws IOException {
        try (AtomicFile open = file) {
            if (!open.failed()) {
                out.flush();
            }
            open.commit();
        }
    }
}
