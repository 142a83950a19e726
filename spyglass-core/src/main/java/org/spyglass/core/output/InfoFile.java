package org.spyglass.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.json.Json;
import org.spyglass.core.run.RunRequest;
import org.spyglass.core.time.Times;

/**
 * {@code info.json}: what was checked, with what, by which version, with the SHA-256 of every evidence file read
 * and of every indicator file used. MVT's fields first, then ours.
 */
public final class InfoFile {
    public static final String NAME = "info.json";

    private InfoFile() {
    }

    /**
     * @param hashes SHA-256 by host path of every evidence file read (from the source); written sorted by path
     */
    public static void write(Path folder, RunRequest request, Instant date, Map<String, String> hashes)
            throws IOException {
        try (AtomicFile target = AtomicFile.create(folder.resolve(NAME));
             JsonGenerator out = Json.generator(target.stream(), request.prettyJson())) {
            out.writeStartObject();
            out.writeStringField("target_path", request.evidence().toAbsolutePath().normalize().toString());
            out.writeStringField("spyglass_version", OutputFormat.spyglassVersion());
            out.writeStringField("mvt_compatible_format", OutputFormat.MVT_COMPATIBLE);
            out.writeNumberField("schema_version", OutputFormat.SCHEMA_VERSION);
            out.writeStringField("date", Times.mvt(date));
            out.writeStringField("command", request.command());
            out.writeArrayFieldStart("arguments");
            for (String argument : request.arguments()) {
                out.writeString(argument);
            }
            out.writeEndArray();
            out.writeArrayFieldStart("ioc_files");
            for (FeedFile file : request.indicators().files()) {
                out.writeStartObject();
                out.writeStringField("path", file.path());
                out.writeStringField("sha256", file.sha256());
                out.writeStringField("feed", file.feed());
                out.writeNumberField("count", file.total());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeArrayFieldStart("hashes");
            for (Map.Entry<String, String> entry : new TreeMap<>(hashes).entrySet()) {
                out.writeStartObject();
                out.writeStringField("file_path", entry.getKey());
                out.writeStringField("sha256", entry.getValue());
                out.writeEndObject();
            }
            out.writeEndArray();
            out.writeEndObject();
            out.writeRaw('\n');
            out.close();
            target.commit();
        }
    }
}
