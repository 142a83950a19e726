package org.spyglass.core.output;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.time.Times;

/**
 * Writes an {@link Alert} in MVT's alert shape, extended: {@code level}, {@code module}, {@code message},
 * {@code event_time}, {@code event}, {@code matched_indicator} (MVT's four fields plus ours), then {@code heuristic}
 * and {@code matched_indicators}. The field list is documented in {@code docs/output-format.md}.
 */
public final class AlertJson {
    private AlertJson() {
    }

    /** Writes one alert object. */
    public static void write(Alert alert, JsonGenerator out) throws IOException {
        out.writeStartObject();
        out.writeStringField("level", alert.level().name());
        out.writeStringField("module", alert.module());
        out.writeStringField("message", alert.message());
        out.writeStringField("event_time", Times.mvt(alert.eventTime()));
        out.writeFieldName("event");
        Json.mapper().writeValue(out, alert.record());
        out.writeFieldName("matched_indicator");
        if (alert.matches().isEmpty()) {
            out.writeNull();
        } else {
            writeMatch(alert.matches().get(0), out);
        }
        out.writeFieldName("heuristic");
        writeHeuristic(alert.heuristic(), out);
        out.writeArrayFieldStart("matched_indicators");
        for (IndicatorMatch match : alert.matches()) {
            writeMatch(match, out);
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    /** The record of an alert as one line of JSON, for the {@code Event} column of {@code alerts_timeline.csv}. */
    public static String eventJson(Alert alert) throws IOException {
        return Json.mapper().writeValueAsString(alert.record());
    }

    static void writeMatch(IndicatorMatch match, JsonGenerator out) throws IOException {
        List<Provenance> provenance = match.indicator().provenance();
        Provenance first = provenance.get(0);
        out.writeStartObject();
        out.writeStringField("value", match.indicator().value());
        out.writeStringField("type", match.indicator().type().mvtBucket());
        out.writeStringField("name", first.malware());
        out.writeStringField("stix2_file_name", first.file());
        out.writeStringField("feed", first.feed());
        out.writeStringField("indicator_id", first.indicatorId());
        out.writeStringField("malware_id", first.malwareId());
        out.writeStringField("how", match.how());
        out.writeStringField("observed", match.observed());
        out.writeArrayFieldStart("provenance");
        for (Provenance each : provenance) {
            out.writeStartObject();
            out.writeStringField("feed", each.feed());
            out.writeStringField("file", each.file());
            out.writeStringField("malware", each.malware());
            out.writeStringField("indicator_id", each.indicatorId());
            out.writeStringField("malware_id", each.malwareId());
            out.writeEndObject();
        }
        out.writeEndArray();
        out.writeEndObject();
    }

    private static void writeHeuristic(Heuristic heuristic, JsonGenerator out) throws IOException {
        if (heuristic == null) {
            out.writeNull();
            return;
        }
        out.writeStartObject();
        out.writeStringField("id", heuristic.id());
        out.writeStringField("level", heuristic.level().name());
        out.writeStringField("explanation", heuristic.explanation());
        out.writeEndObject();
    }
}
