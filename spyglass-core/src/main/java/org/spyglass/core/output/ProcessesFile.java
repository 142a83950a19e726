package org.spyglass.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeSet;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.json.Json;
import org.spyglass.core.time.Times;

/**
 * Renders {@code processes.json}: one object per process name, its sightings streamed as they come, so nothing is
 * kept but the current name's first and last time and the names of the modules that saw it. The caller groups the
 * sightings (sorted by name, then time) and judges each name; this class only renders what it is given. The fields
 * are documented in {@code docs/output-format.md}. Not thread-safe.
 */
public final class ProcessesFile implements Closeable {
    private final AtomicFile file;
    private final JsonGenerator out;
    private final SortedSet<String> modules = new TreeSet<>();
    private String current;
    private Instant first;
    private Instant last;
    private long sightings;
    private long processes;

    /** Starts {@code file} (under a temporary name until closed, {@link AtomicFile}) and its array. */
    public ProcessesFile(Path file, boolean pretty) throws IOException {
        this.file = AtomicFile.create(file);
        this.out = Json.generator(this.file.stream(), pretty);
        if (!pretty) {
            out.setPrettyPrinter(new OneProcessPerLine());
        }
        out.writeStartArray();
    }

    /**
     * Starts the object of a process name, ending the previous one.
     *
     * @param name    the process name
     * @param matches the indicators its name matched, empty when none
     */
    public void startProcess(String name, List<IndicatorMatch> matches) throws IOException {
        endProcess();
        current = Objects.requireNonNull(name, "name");
        processes++;
        out.writeStartObject();
        out.writeStringField("process", name);
        out.writeBooleanField("matched", !matches.isEmpty());
        out.writeArrayFieldStart("matched_indicators");
        for (IndicatorMatch match : matches) {
            AlertJson.writeMatch(match, out);
        }
        out.writeEndArray();
        out.writeArrayFieldStart("sightings");
    }

    /** Adds a sighting of the current process name; sightings come oldest first, untimed ones last. */
    public void sighting(ProcessRow row) throws IOException {
        if (current == null || !current.equals(row.name())) {
            throw new IllegalStateException("a sighting of " + row.name() + " outside its process: " + current);
        }
        sightings++;
        modules.add(row.module());
        if (row.time() != null) {
            first = first == null || row.time().isBefore(first) ? row.time() : first;
            last = last == null || row.time().isAfter(last) ? row.time() : last;
        }
        out.writeStartObject();
        out.writeStringField("module", row.module());
        out.writeStringField("time", Times.mvt(row.time()));
        out.writeStringField("time_kind", row.timeKind());
        out.writeStringField("path", row.path());
        out.writeStringField("artifact", row.artifact());
        out.writeEndObject();
    }

    /** The number of process names written so far. */
    public long processes() {
        return processes;
    }

    private void endProcess() throws IOException {
        if (current == null) {
            return;
        }
        out.writeEndArray();
        out.writeNumberField("sighting_count", sightings);
        out.writeStringField("first_seen", Times.mvt(first));
        out.writeStringField("last_seen", Times.mvt(last));
        out.writeNumberField("module_count", modules.size());
        out.writeArrayFieldStart("modules");
        for (String module : modules) {
            out.writeString(module);
        }
        out.writeEndArray();
        out.writeEndObject();
        current = null;
        first = null;
        last = null;
        sightings = 0;
        modules.clear();
    }

    /** Compact, but each process starts on a line of its own, as the elements of the other arrays do. */
    private static final class OneProcessPerLine extends MinimalPrettyPrinter {
        @Override
        public void writeStartArray(JsonGenerator generator) throws IOException {
            super.writeStartArray(generator);
            if (isTopArray(generator)) {
                generator.writeRaw('\n');
            }
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator generator) throws IOException {
            super.writeArrayValueSeparator(generator);
            if (isTopArray(generator)) {
                generator.writeRaw('\n');
            }
        }

        @Override
        public void writeEndArray(JsonGenerator generator, int values) throws IOException {
            if (isTopArray(generator)) {
                generator.writeRaw('\n');
            }
            super.writeEndArray(generator, values);
        }

        /** Whether the generator is inside the file's array itself (the pretty printer is called in there). */
        private static boolean isTopArray(JsonGenerator generator) {
            return generator.getOutputContext().inArray() && generator.getOutputContext().getParent().inRoot();
        }
    }

    /**
     * Ends the last object and the array, and gives the file its final name; when a write failed, deletes it
     * instead and throws.
     */
    @Override
    public void close() throws IOException {
        try (AtomicFile open = file) {
            if (!open.failed()) {
                endProcess();
                out.writeEndArray();
                out.writeRaw('\n');
                out.close();
            }
            open.commit();
        }
    }
}
