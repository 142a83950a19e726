package org.spyglass.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spyglass.core.output.CsvWriter;

/** Writes a synthetic results folder as a check writes it (summary, info, alerts, timeline), for report tests. */
final class ResultsFixture {
    static final String HOSTILE = "</script><script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\">&amp;";

    private final ObjectMapper mapper = new ObjectMapper();
    private String verdict = "NO_MATCH";
    private String sentence = "No match with the 9,000 indicators used (newest feed of 2026-11-20).";
    private String deviceName = "Test iPhone";
    private final List<ObjectNode> alerts = new ArrayList<>();
    private final List<String[]> events = new ArrayList<>();

    ResultsFixture verdict(String code, String text) {
        this.verdict = code;
        this.sentence = text;
        return this;
    }

    ResultsFixture deviceName(String name) {
        this.deviceName = name;
        return this;
    }

    ResultsFixture event(String time, String module, String kind, String description) {
        events.add(new String[] {time, module, kind, description});
        return this;
    }

    /** An alert on a domain indicator of the "Pegasus" campaign. */
    ResultsFixture indicatorAlert(String level, String module, String message, String time, String observed) {
        ObjectNode alert = alert(level, module, message, time);
        ObjectNode match = mapper.createObjectNode().put("value", "evil.example").put("type", "domains")
                .put("name", "Pegasus").put("stix2_file_name", "pegasus.stix2")
                .put("feed", "AmnestyTech investigations").put("indicator_id", "indicator--1234")
                .put("malware_id", "malware--5678").put("how", "subdomain of").put("observed", observed);
        alert.set("matched_indicator", match);
        alert.putArray("matched_indicators").add(match.deepCopy());
        alert.putNull("heuristic");
        alerts.add(alert);
        return this;
    }

    ResultsFixture heuristicAlert(String level, String module, String message, String time, String id,
                                  String explanation) {
        ObjectNode alert = alert(level, module, message, time);
        alert.putNull("matched_indicator");
        alert.putObject("heuristic").put("id", id).put("level", level).put("explanation", explanation);
        alert.putArray("matched_indicators");
        alerts.add(alert);
        return this;
    }

    private ObjectNode alert(String level, String module, String message, String time) {
        ObjectNode alert = mapper.createObjectNode().put("level", level).put("module", module)
                .put("message", message).put("event_time", time);
        alert.putObject("event").put("timestamp", time).put("path", "/private/var/mobile/Library/SMS/sms.db")
                .put("text", message);
        return alert;
    }

    Path write(Path folder) throws IOException {
        Files.createDirectories(folder);
        ObjectNode summary = mapper.createObjectNode().put("schema_version", 1).put("spyglass_version", "0.1.0")
                .put("command", "ios check-backup").put("started", "2026-11-29 10:00:00.000000")
                .put("finished", "2026-11-29 10:00:04.250000");
        summary.putObject("verdict").put("code", verdict).put("sentence", sentence);
        summary.putObject("evidence").put("path", "/cases/42/backup").put("kind", "IOS_BACKUP");
        summary.putObject("device").put("DeviceName", deviceName).put("ProductType", "iPhone14,2")
                .put("ProductVersion", "17.4").put("LastBackupDate", "2026-11-28 09:00:00.000000");
        ObjectNode byLevel = summary.putObject("alerts").put("total", alerts.size()).putObject("by_level");
        for (String level : List.of("INFORMATIONAL", "LOW", "MEDIUM", "HIGH", "CRITICAL")) {
            byLevel.put(level, alerts.stream().filter(a -> a.get("level").asText().equals(level)).count());
        }
        ObjectNode indicators = summary.putObject("indicators").put("count", 9000)
                .put("newest", "2026-11-20 00:00:00.000000").put("files", 1);
        indicators.putObject("by_type").put("domains", 8000).put("processes", 1000);
        ArrayNode modules = summary.putArray("modules");
        modules.addObject().put("name", "sms").put("status", "RAN").put("records", 1200).put("warnings", 0)
                .put("alerts", alerts.size()).putNull("reason");
        modules.addObject().put("name", "safari_history").put("status", "ABSENT").put("records", 0)
                .put("warnings", 0).put("alerts", 0).put("reason", "History.db is not in the evidence");
        modules.addObject().put("name", "tcc").put("status", "FAILED").put("records", 3).put("warnings", 1)
                .put("alerts", 0).put("reason", "TCC.db: database disk image is malformed");
        ObjectNode warnings = summary.putObject("warnings").put("count", 1).put("kept", 1);
        warnings.putArray("items").addObject().put("module", "tcc").put("location", "TCC.db")
                .put("message", "database disk image is malformed");
        mapper.writeValue(folder.resolve("summary.json").toFile(), summary);

        ObjectNode info = mapper.createObjectNode().put("target_path", "/cases/42/backup").put("schema_version", 1);
        info.putArray("ioc_files").addObject().put("path", "bundled:amnesty/pegasus.stix2")
                .put("sha256", "ab".repeat(32)).put("feed", "AmnestyTech investigations").put("count", 9000);
        info.putArray("hashes").addObject().put("file_path", "/cases/42/backup/3d/3d0d7e5f")
                .put("sha256", "cd".repeat(32));
        mapper.writeValue(folder.resolve("info.json").toFile(), info);
        if (!alerts.isEmpty()) {
            ArrayNode array = mapper.createArrayNode();
            alerts.forEach(array::add);
            mapper.writeValue(folder.resolve("alerts.json").toFile(), array);
        }
        if (!events.isEmpty()) {
            try (CsvWriter csv = new CsvWriter(folder.resolve("timeline.csv"))) {
                csv.row("UTC Timestamp", "Plugin", "Event", "Description");
                for (String[] event : events) {
                    csv.row(event);
                }
            }
        }
        return folder;
    }

    /** A sorted timeline of {@code count} events over about a year, spread over five modules. */
    static void writeLargeTimeline(Path folder, int count) throws IOException {
        String[] modules = {"sms", "safari_history", "datausage", "tcc", "whatsapp"};
        long start = java.time.Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
        try (CsvWriter csv = new CsvWriter(folder.resolve("timeline.csv"))) {
            csv.row("UTC Timestamp", "Plugin", "Event", "Description");
            for (int i = 0; i < count; i++) {
                String time = org.spyglass.core.time.Times.mvt(java.time.Instant.ofEpochSecond(start + i * 30L));
                csv.row(time, modules[i % modules.length], "event_" + (i % 7),
                        String.format(Locale.ROOT, "Event number %d from %s", i, modules[i % modules.length]));
            }
        }
    }
}
