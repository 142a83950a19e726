package org.spyglass.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.spyglass.core.json.Json;
import org.spyglass.core.output.AtomicFile;

/**
 * {@code alerts.stix2.json}: the alerts as a STIX 2.1 bundle. It holds an {@code identity} for Spyglass (the creator
 * of every object) and one for the device checked; for each indicator an alert matched, a {@code sighting} of that
 * indicator (by its id in the feed) where the device was sighted, with an {@code observed-data} holding what was seen
 * when the alert has a time; indicators without a valid STIX id in their feed (plain lists), as {@code indicator}
 * objects of their own; and each
 * heuristic alert as a {@code note} about the device. Written as the alerts are read, in their order.
 */
final class StixBundleWriter implements Closeable {
    private final AtomicFile file;
    private final JsonGenerator out;
    private final ExportRun run;
    private final String created;
    private final String spyglass;
    private final String device;
    private final Set<String> written = new HashSet<>();
    private long ordinal;

    StixBundleWriter(Path file, ExportRun run, boolean pretty) throws IOException {
        this.file = AtomicFile.create(file);
        this.out = Json.generator(new BufferedOutputStream(this.file.stream(), 1 << 16), pretty);
        this.run = run;
        this.created = StixIds.millis(run.started());
        this.spyglass = StixIds.id("identity", StixIds.SPYGLASS_NAMESPACE, "spyglass");
        this.device = StixIds.id("identity", StixIds.SPYGLASS_NAMESPACE,
                "device|" + run.evidence() + "|" + created);
        out.writeStartObject();
        out.writeStringField("type", "bundle");
        out.writeStringField("id", StixIds.id("bundle", StixIds.SPYGLASS_NAMESPACE,
                "bundle|" + run.evidence() + "|" + created));
        out.writeArrayFieldStart("objects");
        writeIdentities();
    }

    void write(SavedAlert alert) throws IOException {
        ordinal++;
        if (alert.matches().isEmpty()) {
            writeNote(alert);
            return;
        }
        for (SavedAlert.Match match : alert.matches()) {
            String indicator = isStixId(match.indicatorId(), "indicator") ? match.indicatorId()
                    : writeIndicator(match);
            String observed = writeObserved(alert, match);
            String name = "sighting|" + created + "|" + ordinal + "|" + indicator;
            out.writeStartObject();
            common("sighting", StixIds.id("sighting", StixIds.SPYGLASS_NAMESPACE, name));
            out.writeStringField("description", alert.message());
            if (alert.eventTime() != null) {
                out.writeStringField("first_seen", StixIds.micros(alert.eventTime()));
                out.writeStringField("last_seen", StixIds.micros(alert.eventTime()));
            }
            out.writeNumberField("count", 1);
            out.writeStringField("sighting_of_ref", indicator);
            if (observed != null) {
                out.writeArrayFieldStart("observed_data_refs");
                out.writeString(observed);
                out.writeEndArray();
            }
            out.writeArrayFieldStart("where_sighted_refs");
            out.writeString(device);
            out.writeEndArray();
            out.writeStringField("x_spyglass_level", alert.level());
            out.writeStringField("x_spyglass_module", alert.module());
            out.writeStringField("x_spyglass_how", match.how());
            out.writeStringField("x_spyglass_observed", match.observed());
            out.writeEndObject();
        }
    }

    /** Whether {@code id} is a valid STIX identifier of {@code type} ({@code type--UUID}). */
    static boolean isStixId(String id, String type) {
        return id != null && id.matches(type + "--[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}"
                + "-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}");
    }

    private void writeIdentities() throws IOException {
        out.writeStartObject();
        common("identity", spyglass);
        out.writeStringField("name", "Spyglass");
        out.writeStringField("description", "Spyglass, a forensic toolkit that checks phone evidence for traces "
                + "of mercenary spyware.");
        out.writeStringField("identity_class", "system");
        out.writeEndObject();
        out.writeStartObject();
        common("identity", device);
        out.writeStringField("name", deviceName());
        out.writeStringField("description", "The device whose evidence (" + run.evidence() + ") was checked with "
                + run.command() + ". Verdict: " + run.verdict());
        out.writeStringField("identity_class", "system");
        out.writeEndObject();
    }

    private String deviceName() {
        for (String key : List.of("DeviceName", "device_name", "ProductType", "model", "Model")) {
            String value = run.device().get(key);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return run.kind() == null ? "Checked device" : "Checked device (" + run.kind() + ")";
    }

    private String writeIndicator(SavedAlert.Match match) throws IOException {
        String id = StixIds.id("indicator", StixIds.SPYGLASS_NAMESPACE,
                "indicator|" + match.type().mvtBucket() + "|" + match.value());
        if (written.add(id)) {
            out.writeStartObject();
            common("indicator", id);
            out.writeStringField("name", match.value());
            if (match.feed() != null) {
                out.writeStringField("description", "From the feed " + match.feed());
            }
            out.writeArrayFieldStart("indicator_types");
            out.writeString("malicious-activity");
            out.writeEndArray();
            out.writeStringField("pattern", StixObservables.pattern(match.type(), match.value()));
            out.writeStringField("pattern_type", "stix");
            out.writeStringField("valid_from", created);
            if (!match.malware().isEmpty()) {
                out.writeArrayFieldStart("labels");
                for (String malware : match.malware()) {
                    out.writeString(malware);
                }
                out.writeEndArray();
            }
            out.writeEndObject();
        }
        return id;
    }

    private String writeObserved(SavedAlert alert, SavedAlert.Match match) throws IOException {
        StixObservables.Observable observable = StixObservables.of(match.type(), match.observed());
        if (observable == null || alert.eventTime() == null) {
            return null;
        }
        String sco = observable.id();
        if (written.add(sco)) {
            out.writeStartObject();
            out.writeStringField("type", observable.type());
            out.writeStringField("spec_version", "2.1");
            out.writeStringField("id", sco);
            for (var property : observable.properties().entrySet()) {
                out.writeFieldName(property.getKey());
                Json.mapper().writeValue(out, property.getValue());
            }
            out.writeEndObject();
        }
        String id = StixIds.id("observed-data", StixIds.SPYGLASS_NAMESPACE,
                "observed|" + created + "|" + ordinal + "|" + sco);
        if (written.add(id)) {
            String when = StixIds.micros(alert.eventTime());
            out.writeStartObject();
            common("observed-data", id);
            out.writeStringField("first_observed", when);
            out.writeStringField("last_observed", when);
            out.writeNumberField("number_observed", 1);
            out.writeArrayFieldStart("object_refs");
            out.writeString(sco);
            out.writeEndArray();
            out.writeEndObject();
        }
        return id;
    }

    private void writeNote(SavedAlert alert) throws IOException {
        out.writeStartObject();
        common("note", StixIds.id("note", StixIds.SPYGLASS_NAMESPACE, "note|" + created + "|" + ordinal));
        out.writeStringField("abstract", alert.level() + " " + alert.module() + ": " + alert.message());
        String when = alert.eventTime() == null ? "" : " Event time: " + StixIds.micros(alert.eventTime()) + ".";
        out.writeStringField("content", alert.message() + when
                + (alert.why() == null ? "" : " Why it matters: " + alert.why()));
        out.writeArrayFieldStart("object_refs");
        out.writeString(device);
        out.writeEndArray();
        out.writeStringField("x_spyglass_level", alert.level());
        out.writeStringField("x_spyglass_module", alert.module());
        out.writeStringField("x_spyglass_heuristic", alert.heuristic());
        out.writeEndObject();
    }

    /** The properties every STIX domain and relationship object of the bundle carries. */
    private void common(String type, String id) throws IOException {
        out.writeStringField("type", type);
        out.writeStringField("spec_version", "2.1");
        out.writeStringField("id", id);
        out.writeStringField("created", created);
        out.writeStringField("modified", created);
        if (!id.equals(spyglass)) {
            out.writeStringField("created_by_ref", spyglass);
        }
    }

    @Override
    public void close() throws IOException {
        try (AtomicFile done = file) {
            try (JsonGenerator open = out) {
                open.writeEndArray();
                open.writeEndObject();
                open.writeRaw('\n');
            }
            done.commit();
        }
    }
}
