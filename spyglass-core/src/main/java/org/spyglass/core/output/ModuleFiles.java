package org.spyglass.core.output;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.UrlRecord;
import org.spyglass.core.time.Times;

/**
 * The files of one module: {@code <name>.json} (its records), {@code <name>_detected.json} (its alerts), and its
 * part of {@code urls.json}, kept in the spool folder until {@link RunOutputs#finish} joins the parts in module
 * order. Each file is created with its first element. Not thread-safe: used by the module's thread only.
 */
public final class ModuleFiles implements Closeable {
    private final JsonArrayFile records;
    private final JsonArrayFile detected;
    private final JsonArrayFile urls;

    ModuleFiles(String module, Path output, Path spool, boolean pretty) {
        this.records = new JsonArrayFile(output.resolve(module + ".json"), pretty);
        this.detected = new JsonArrayFile(detectedFile(output, module), pretty);
        this.urls = new JsonArrayFile(urlsPart(spool, module), false);
    }

    static Path detectedFile(Path output, String module) {
        return output.resolve(module + "_detected.json");
    }

    static Path urlsPart(Path spool, String module) {
        return spool.resolve(module + ".urls.json");
    }

    public void record(Record record) throws IOException {
        records.add(record);
    }

    public void alert(Alert alert) throws IOException {
        detected.add(generator -> AlertJson.write(alert, generator));
    }

    public void url(UrlRecord url) throws IOException {
        urls.add(generator -> {
            generator.writeStartObject();
            generator.writeStringField("url", url.url());
            generator.writeNullField("expanded_url");
            generator.writeStringField("timestamp", Times.mvt(url.timestamp()));
            generator.writeStringField("source", url.source());
            generator.writeEndObject();
        });
    }

    @Override
    public void close() throws IOException {
        IOException first = null;
        for (JsonArrayFile file : List.of(records, detected, urls)) {
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
