package org.spyglass.core.export;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.spyglass.core.Level;
import org.spyglass.core.json.Json;
import org.spyglass.core.output.AtomicFile;

/**
 * {@code alerts.misp.json}: the alerts as one MISP event in MISP's JSON import format. Each distinct matched
 * indicator becomes one attribute (MISP refuses duplicates) of its MISP type and category, with the first and last
 * event times it was seen at, the number of alerts and the first alert in its comment, and a
 * {@code spyglass:malware="…"} tag per malware or campaign; each distinct heuristic finding becomes a {@code text}
 * attribute. The event carries the campaign tags of all its attributes. Attributes are kept in memory until
 * {@link #close}: one per distinct indicator or heuristic message, not per alert.
 */
final class MispEventWriter {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("uuuu-MM-dd", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Path file;
    private final ExportRun run;
    private final boolean pretty;
    private final Map<String, Attribute> attributes = new LinkedHashMap<>();
    private boolean severeMatch;

    MispEventWriter(Path file, ExportRun run, boolean pretty) {
        this.file = file;
        this.run = run;
        this.pretty = pretty;
    }

    void add(SavedAlert alert) {
        if (alert.matches().isEmpty()) {
            attribute(MispTypes.HEURISTIC, alert.message(), alert, Set.of());
            return;
        }
        severeMatch |= Level.valueOf(alert.level()).isSevere();
        for (SavedAlert.Match match : alert.matches()) {
            attribute(MispTypes.of(match.type(), match.value()), match.value(), alert, match.malware());
        }
    }

    private void attribute(MispTypes.TypeAndCategory kind, String value, SavedAlert alert,
                           Collection<String> malware) {
        String key = kind.type() + "|" + kind.category() + "|" + value;
        Attribute attribute = attributes.computeIfAbsent(key, k -> new Attribute(kind, value, alert));
        attribute.count++;
        attribute.tags.addAll(malware);
        Instant time = alert.eventTime();
        if (time != null) {
            attribute.first = attribute.first == null || time.isBefore(attribute.first) ? time : attribute.first;
            attribute.last = attribute.last == null || time.isAfter(attribute.last) ? time : attribute.last;
        }
    }

    void close() throws IOException {
        String created = Long.toString(run.started().getEpochSecond());
        try (AtomicFile done = AtomicFile.create(file)) {
            try (JsonGenerator out = Json.generator(new BufferedOutputStream(done.stream()), pretty)) {
                out.writeStartObject();
                out.writeObjectFieldStart("Event");
                out.writeStringField("uuid", StixIds.uuid5(StixIds.SPYGLASS_NAMESPACE,
                        "misp|" + run.evidence() + "|" + created).toString());
                out.writeStringField("info", "Spyglass " + run.command() + " of " + run.evidence() + ": "
                        + run.verdict());
                out.writeStringField("date", DAY.format(run.started()));
                out.writeStringField("timestamp", created);
                out.writeStringField("threat_level_id", severeMatch ? "1" : "4");
                out.writeStringField("analysis", "0");
                out.writeStringField("distribution", "0");
                out.writeBooleanField("published", false);
                Set<String> eventTags = new TreeSet<>();
                attributes.values().forEach(a -> eventTags.addAll(a.tags));
                writeTags(eventTags, out);
                out.writeArrayFieldStart("Attribute");
                for (Attribute attribute : attributes.values()) {
                    attribute.write(created, out);
                }
                out.writeEndArray();
                out.writeEndObject();
                out.writeEndObject();
                out.writeRaw('\n');
            }
            done.commit();
        }
    }

    private static void writeTags(Set<String> malware, JsonGenerator out) throws IOException {
        out.writeArrayFieldStart("Tag");
        for (String name : malware) {
            out.writeStartObject();
            out.writeStringField("name", "spyglass:malware=\"" + name.replace("\"", "'") + "\"");
            out.writeEndObject();
        }
        out.writeEndArray();
    }

    private final class Attribute {
        private final MispTypes.TypeAndCategory kind;
        private final String value;
        private final SavedAlert firstAlert;
        private final Set<String> tags = new LinkedHashSet<>();
        private long count;
        private Instant first;
        private Instant last;

        Attribute(MispTypes.TypeAndCategory kind, String value, SavedAlert firstAlert) {
            this.kind = kind;
            this.value = value;
            this.firstAlert = firstAlert;
        }

        void write(String created, JsonGenerator out) throws IOException {
            out.writeStartObject();
            out.writeStringField("uuid", StixIds.uuid5(StixIds.SPYGLASS_NAMESPACE, "misp-attribute|"
                    + run.evidence() + "|" + created + "|" + kind.type() + "|" + kind.category() + "|" + value)
                    .toString());
            out.writeStringField("type", kind.type());
            out.writeStringField("category", kind.category());
            out.writeStringField("value", value);
            out.writeBooleanField("to_ids", false);
            out.writeStringField("distribution", "5");
            out.writeStringField("timestamp", created);
            out.writeStringField("comment", comment());
            if (first != null) {
                out.writeStringField("first_seen", StixIds.micros(first));
                out.writeStringField("last_seen", StixIds.micros(last));
            }
            writeTags(tags, out);
            out.writeEndObject();
        }

        private String comment() {
            String alerts = count == 1 ? "1 alert" : count + " alerts";
            return "Seen on the device checked (" + alerts + "); first: " + firstAlert.level() + " "
                    + firstAlert.module() + ": " + firstAlert.message();
        }
    }
}
