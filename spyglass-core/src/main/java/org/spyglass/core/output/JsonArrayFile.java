package org.spyglass.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.spyglass.core.json.Json;

/**
 * A JSON array written to a file one element at a time, each element starting on a line of its own. Each element is
 * rendered in memory first and appended only when complete, so an element that cannot be rendered leaves the file
 * valid. The file is written under a temporary name and renamed when closed ({@link AtomicFile}). The file is created with the first
 * element: an array that never receives one leaves no file (MVT writes no empty module file). Nothing is kept but
 * one element's bytes. Not thread-safe: one writer belongs to one module, which runs on one thread at a time.
 */
public final class JsonArrayFile implements Closeable {
    /** Writes one JSON value to a generator. */
    @FunctionalInterface
    public interface Element {
        void writeTo(JsonGenerator generator) throws IOException;
    }

    private static final byte[] START = "[\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] SEPARATOR = ",\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] END = "\n]\n".getBytes(StandardCharsets.UTF_8);

    private final Path path;
    private final boolean pretty;
    private final Bytes element = new Bytes();
    private AtomicFile file;
    private long count;
    private boolean spliced;
    private boolean closed;

    public JsonArrayFile(Path path, boolean pretty) {
        this.path = path;
        this.pretty = pretty;
    }

    /**
     * Appends a value serialised with the shared mapper ({@link Json}).
     *
     * @throws com.fasterxml.jackson.core.JsonProcessingException when the value cannot be rendered; nothing is
     *                                                           written then
     */
    public void add(Object value) throws IOException {
        add(generator -> Json.mapper().writeValue(generator, value));
    }

    /** Appends a value written by {@code writer}, which must write exactly one JSON value. */
    public void add(Element writer) throws IOException {
        checkOpen();
        element.reset();
        try (JsonGenerator generator = Json.generator(element, pretty)) {
            writer.writeTo(generator);
        }
        append(element.array(), element.size());
    }

    /** Appends a value already rendered: {@code json[0, length)} must be exactly one JSON value. */
    void addRendered(byte[] json, int length) throws IOException {
        checkOpen();
        append(json, length);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("already closed: " + path);
        }
    }

    private void append(byte[] json, int length) throws IOException {
        if (file == null) {
            file = AtomicFile.create(path);
            file.stream().write(START);
        } else {
            file.stream().write(SEPARATOR);
        }
        file.stream().write(json, 0, length);
        count++;
    }

    /**
     * Appends the elements that lie in {@code part[from, to)}: one or more complete elements of an array written by a
     * JsonArrayFile with the same {@code pretty}, separated as this file separates them. The bytes are copied by the
     * kernel where it can.
     */
    void addElements(Path part, long from, long to) throws IOException {
        checkOpen();
        if (from >= to) {
            return;
        }
        if (file == null) {
            file = AtomicFile.create(path);
            file.stream().write(START);
        } else {
            file.stream().write(SEPARATOR);
        }
        file.append(part, from, to);
        spliced = true;
    }

    /** Whether no element was written. */
    boolean isEmpty() {
        return count == 0 && !spliced;
    }

    /** The number of elements written so far by {@link #add} (not counting those of {@link #addElements}). */
    public long count() {
        return count;
    }

    public Path path() {
        return path;
    }

    /**
     * Ends the array and gives the file its final name (see {@link AtomicFile}); safe to call twice. When a write
     * failed, the file is deleted instead and the failure thrown: no final-named file ever lacks its end.
     */
    @Override
    public void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        if (file != null) {
            try (AtomicFile open = file) {
                open.stream().write(END);
                open.commit();
            }
        }
    }
}
