package org.spyglass.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.Warning;
import org.spyglass.core.run.ModuleResult;
import org.spyglass.core.run.RunSummary;
import org.spyglass.core.time.Times;

/** {@code summary.json}: the verdict, the counts and what happened to each module. Fields in docs/output-format.md. */
public final class SummaryFile {
    public static final String NAME = "summary.json";

    private SummaryFile() {
    }

    public static void write(Path folder, RunSummary summary, boolean pretty) throws IOException {
        try (AtomicFile target = AtomicFile.create(folder.resolve(NAME));
             JsonGenerator out = Json.generator(target.stream(), pretty)) {
            out.writeStartObject();
            out.writeNumberField("schema_version", OutputFormat.SCHEMA_VERSION);
            out.writeStringField("spyglass_version", OutputFormat.spyglassVersion());
            out.writeStringField("command", summary.command());
            out.writeObjectFieldStart("verdict");
            out.writeStringField("code", summary.verdict().name());
            out.writeStringField("sentence", summary.verdictSentence());
            out.writeEndObject();
            out.writeObjectFieldStart("exit_code");
            out.writeStringField("name", summary.exitCode().name());
            out.writeNumberField("code", summary.exitCode().code());
            out.writeEndObject();
            out.writeBooleanField("interrupted", summary.interrupted());
            out.writeStringField("started", Times.mvt(summary.started()));
            out.writeStringField("finished", Times.mvt(summary.finished()));
            out.writeObjectFieldStart("evidence");
            out.writeStringField("path", summary.evidence().toAbsolutePath().normalize().toString());
            out.writeStringField("kind", summary.sourceKind() == null ? null : summary.sourceKind().name());
            out.writeEndObject();
            out.writeFieldName("device");
            Json.mapper().writeValue(out, new TreeMap<>(summary.deviceInfo()));
            writeAlerts(summary, out);
            writeIndicators(summary, out);
            out.writeArrayFieldStart("modules");
            for (ModuleResult module : summary.modules()) {
                writeModule(module, out);
            }
            out.writeEndArray();
            out.writeObjectFieldStart("warnings");
            out.writeNumberField("count", summary.warningCount());
            out.writeNumberField("kept", summary.warnings().size());
            out.writeArrayFieldStart("items");
            for (Warning warning : summary.warnings()) {
                Json.mapper().writeValue(out, warning);
            }
            out.writeEndArray();
            out.writeEndObject();
            out.writeEndObject();
            out.writeRaw('\n');
            out.close();
            target.commit();
        }
    }

    private static void writeAlerts(RunSummary summary, JsonGenerator out) throws IOException {
        out.writeObjectFieldStart("alerts");
        out.writeNumberField("total", summary.alerts().total());
        writeLevels("by_level", summary.alerts().byLevel(), out);
        out.writeNumberField("severe_indicator_matches", summary.alerts().severeIndicator());
        out.writeNumberField("severe_heuristics", summary.alerts().severeHeuristic());
        out.writeFieldName("malware");
        Json.mapper().writeValue(out, summary.alerts().malware());
        out.writeStringField("first_severe_match", Times.mvt(summary.alerts().firstSevereMatch()));
        out.writeEndObject();
    }

    private static void writeIndicators(RunSummary summary, JsonGenerator out) throws IOException {
        out.writeObjectFieldStart("indicators");
        out.writeNumberField("count", summary.indicators().total());
        out.writeObjectFieldStart("by_type");
        Map<String, Integer> byBucket = new TreeMap<>();
        for (Map.Entry<IndicatorType, Integer> entry : summary.indicators().byType().entrySet()) {
            byBucket.put(entry.getKey().mvtBucket(), entry.getValue());
        }
        for (Map.Entry<String, Integer> entry : byBucket.entrySet()) {
            out.writeNumberField(entry.getKey(), entry.getValue());
        }
        out.writeEndObject();
        out.writeStringField("newest", Times.mvt(summary.indicators().newest()));
        out.writeNumberField("files", summary.indicators().files().size());
        out.writeEndObject();
    }

    private static void writeModule(ModuleResult module, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("name", module.name());
        out.writeStringField("status", module.status().name());
        out.writeNumberField("records", module.records());
        out.writeNumberField("warnings", module.warnings());
        out.writeNumberField("alerts", module.alertCount());
        writeLevels("alerts_by_level", module.alerts(), out);
        out.writeStringField("reason", module.reason());
        out.writeEndObject();
    }

    private static void writeLevels(String field, Map<Level, Long> byLevel, JsonGenerator out) throws IOException {
        out.writeObjectFieldStart(field);
        for (Level level : Level.values()) {
            out.writeNumberField(level.name(), byLevel.getOrDefault(level, 0L));
        }
        out.writeEndObject();
    }
}
