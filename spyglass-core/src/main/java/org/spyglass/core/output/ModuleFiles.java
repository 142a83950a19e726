package org.spyglass.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.spyglass.core.json.Json;
import org.spyglass.core.json.JsonBuffer;
import org.spyglass.core.json.RecordJson;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.UrlRecord;

/**
 * The files of one module: {@code <name>.json} (its records), {@code <name>_detected.json} (its alerts), and its
 * parts of {@code urls.json} and (when asked for) {@code timeline.jsonl}, kept in the spool folder until
 * {@link RunOutputs#finish} joins the parts in module order; its timeline rows go to the run's shared timeline. Each
 * file is created with its first element. A record is serialised once: the same bytes go to {@code <name>.json}
 * (unless indented) and to the {@code timeline.jsonl} lines of its events. Not thread-safe: used by the module's thread only.
 */
public final class ModuleFiles implements Closeable {
    private static final byte[] URL = ascii("{\"url\":");
    private static final byte[] TIMESTAMP = ascii(",\"expanded_url\":null,\"timestamp\":");
    private static final byte[] SOURCE = ascii(",\"source\":");
    private final boolean pretty;
    private final TimelineSpool.Writer timeline;
    private final JsonArrayFile records;
    private final JsonArrayFile detected;
    private final JsonArrayFile urls;
    private final TimesketchWriter lines;
    private final JsonBuffer rendered = new JsonBuffer();
    private final JsonBuffer url = new JsonBuffer();
    private final Bytes compact = new Bytes();
    private JsonGenerator compactWriter;
    private byte[] lastBytes;
    private int lastLength;
    private Record last;
    private boolean lastRendered;

    ModuleFiles(String module, Path output, Path spool, boolean pretty, TimelineSpool timeline, boolean timesketch) {
        this.pretty = pretty;
        this.timeline = timeline.writer();
        this.records = new JsonArrayFile(output.resolve(module + ".json"), pretty);
        this.detected = new JsonArrayFile(detectedFile(output, module), pretty);
        this.urls = new JsonArrayFile(urlsPart(spool, module), false);
        this.lines = timesketch ? new TimesketchWriter(timelinePart(spool, module)) : null;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    static Path detectedFile(Path output, String module) {
        return output.resolve(module + "_detected.json");
    }

    static Path urlsPart(Path spool, String module) {
        return spool.resolve(module + ".urls.json");
    }

    static Path timelinePart(Path spool, String module) {
        return spool.resolve(module + ".timeline.jsonl");
    }

    /**
     * Appends a record to {@code <name>.json}; it is the record of the {@link #timeline} events that follow.
     *
     * @throws com.fasterxml.jackson.core.JsonProcessingException when it cannot be rendered; nothing is written then
     */
    public void record(Record record) throws IOException {
        last = null;
        if (pretty) {
            records.add(record);
            lastRendered = false;
        } else {
            render(record);
            records.addRendered(lastBytes, lastLength);
            lastRendered = true;
        }
        last = record;
    }

    /**
     * Adds an event of the last record to {@code timeline.csv} and, when asked for, this module's part of
     * {@code timeline.jsonl}.
     *
     * @throws IllegalStateException when no record was written before
     */
    public void timeline(TimelineEvent event) throws IOException {
        if (last == null) {
            throw new IllegalStateException("a timeline event without its record");
        }
        timeline.add(event.timestamp(), event.module(), event.event(), event.description());
        if (lines != null) {
            if (!lastRendered) {
                render(last);
                lastRendered = true;
            }
            lines.write(event, lastBytes, lastLength);
        }
    }

    /**
     * Renders {@code record} as compact JSON into {@link #lastBytes}: by {@link RecordJson} where it can, else by
     * Jackson into {@link #compact}, with a generator kept from one to the next. Both write the same bytes.
     */
    private void render(Record record) throws IOException {
        rendered.reset();
        if (RecordJson.render(record, rendered)) {
            lastBytes = rendered.array();
            lastLength = rendered.size();
            return;
        }
        compact.reset();
        if (compactWriter == null) {
            compactWriter = Json.generator(compact, false);
            compactWriter.setRootValueSeparator(null);
        }
        try {
            Json.mapper().writeValue(compactWriter, record);
            compactWriter.flush();
            lastBytes = compact.array();
            lastLength = compact.size();
        } catch (IOException | RuntimeException e) {
            compactWriter = null;
            compact.reset();
            throw e;
        }
    }

    public void alert(Alert alert) throws IOException {
        detected.add(generator -> AlertJson.write(alert, generator));
    }

    /**
     * Appends {@code {"url":…,"expanded_url":null,"timestamp":…,"source":…}} to this module's part of
     * {@code urls.json}, the timestamp in MVT's rendering ({@code ""} when unknown), as Jackson's generator writes it.
     */
    public void url(UrlRecord record) throws IOException {
        url.reset();
        url.raw(URL);
        url.string(record.url());
        url.raw(TIMESTAMP);
        if (record.timestamp() == null) {
            url.string("");
        } else {
            url.time(record.timestamp());
        }
        url.raw(SOURCE);
        url.string(record.source());
        url.raw((byte) '}');
        urls.addRendered(url.array(), url.size());
    }

    @Override
    public void close() throws IOException {
        timeline.close();
        IOException first = null;
        List<Closeable> files = lines == null ? List.of(records, detected, urls) : List.of(records, detected, urls, lines);
        for (Closeable file : files) {
            try {
                file.close();
            } catch (IOException e) {
                if (first == null) {
                    first = e;
                } else {
                    first.addSuppressed(e);
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}
