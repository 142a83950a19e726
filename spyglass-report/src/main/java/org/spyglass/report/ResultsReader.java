package org.spyglass.report;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.spyglass.core.ExitCode;
import org.spyglass.core.Level;
import org.spyglass.core.SpyglassException;
import org.spyglass.core.output.RunOutputs;

/**
 * Reads a results folder ({@code summary.json}, {@code info.json}, {@code alerts.json}) into the page's model.
 * Unknown fields are ignored and missing optional ones left blank, as docs/output-format.md asks of readers.
 */
final class ResultsReader {
    static final String SUMMARY = "summary.json";
    static final String INFO = "info.json";
    /** Evidence hashes listed in the page; the rest stay in {@code info.json}. */
    static final int MAX_HASHES = 2_000;
    /** Alerts explained in the page; every alert is still on the timeline when it has a time. */
    static final int MAX_EXPLAINED = 1_000;
    static final int MAX_WARNINGS = 200;

    private final ObjectMapper mapper = new ObjectMapper();
    private final ObjectMapper pretty = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** The timed alerts sorted by time, for the timeline, and the page model. */
    record Read(ReportModel model, List<AlertView> timedAlerts) {
    }

    Read read(Path results) throws IOException {
        Path summaryFile = results.resolve(SUMMARY);
        if (!Files.isRegularFile(summaryFile)) {
            throw new SpyglassException(ExitCode.INPUT_ERROR, SUMMARY + " not found in " + results
                    + ": is this a Spyglass results folder? Point to the folder a check wrote (--output).");
        }
        JsonNode summary = tree(summaryFile);
        Path infoFile = results.resolve(INFO);
        JsonNode info = Files.isRegularFile(infoFile) ? tree(infoFile) : mapper.createObjectNode();
        List<AlertView> alerts = alerts(results.resolve(RunOutputs.ALERTS));
        List<AlertView> timed = timed(alerts);

        JsonNode indicators = summary.path("indicators");
        Verdict verdict = Verdict.of(summary.path("verdict").path("code").asText("NO_MATCH"),
                summary.path("verdict").path("sentence").asText(""), indicators.path("count").asLong(),
                indicators.path("newest").asText(""));
        List<ReportModel.Entry> hashes = new ArrayList<>();
        for (JsonNode hash : info.path("hashes")) {
            if (hashes.size() == MAX_HASHES) {
                break;
            }
            hashes.add(new ReportModel.Entry(hash.path("file_path").asText(), hash.path("sha256").asText()));
        }
        int hashCount = info.path("hashes").size();
        List<ReportModel.Feed> feeds = new ArrayList<>();
        for (JsonNode feed : info.path("ioc_files")) {
            feeds.add(new ReportModel.Feed(feed.path("feed").asText(""), feed.path("path").asText(""),
                    number(feed.path("count").asLong()), feed.path("sha256").asText("")));
        }
        alerts.sort(Comparator.comparingInt(AlertView::levelIndex).reversed().thenComparingLong(AlertView::micros));
        List<AlertView> explained = alerts.size() > MAX_EXPLAINED ? alerts.subList(0, MAX_EXPLAINED) : alerts;
        JsonNode warnings = summary.path("warnings");
        List<ReportModel.WarningRow> warningRows = new ArrayList<>();
        for (JsonNode warning : warnings.path("items")) {
            if (warningRows.size() == MAX_WARNINGS) {
                break;
            }
            warningRows.add(new ReportModel.WarningRow(warning.path("module").asText(""),
                    warning.path("location").asText(""), warning.path("message").asText("")));
        }
        ReportModel model = new ReportModel(verdict, summary.path("spyglass_version").asText(""),
                summary.path("command").asText(""), summary.path("started").asText(""),
                summary.path("finished").asText(""), summary.path("evidence").path("path").asText(""),
                summary.path("evidence").path("kind").asText(""), entries(summary.path("device")), hashes,
                hashCount > hashes.size() ? number(hashCount - hashes.size()) : null, feeds,
                number(indicators.path("count").asLong()), indicators.path("newest").asText(""),
                entries(indicators.path("by_type")), modules(summary.path("modules")),
                moduleCounts(summary.path("modules")), explained,
                alerts.size() > explained.size() ? number(alerts.size() - explained.size()) : null,
                entries(summary.path("alerts").path("by_level")), warningRows,
                number(warnings.path("count").asLong()));
        return new Read(model, timed);
    }

    /** The alerts of {@code results}' {@code alerts.json} that have a time, sorted by time, for the timeline. */
    List<AlertView> timedAlerts(Path results) throws IOException {
        return timed(alerts(results.resolve(RunOutputs.ALERTS)));
    }

    private static List<AlertView> timed(List<AlertView> alerts) {
        List<AlertView> timed = new ArrayList<>(alerts.stream().filter(AlertView::timed).toList());
        timed.sort(Comparator.comparingLong(AlertView::micros));
        return timed;
    }

    private JsonNode tree(Path file) throws IOException {
        try {
            return mapper.readTree(file.toFile());
        } catch (IOException e) {
            throw new SpyglassException(ExitCode.INPUT_ERROR, file + " is not readable JSON: " + e.getMessage()
                    + ". Was the run that wrote it stopped? Run the check again.", e);
        }
    }

    private List<AlertView> alerts(Path file) throws IOException {
        List<AlertView> alerts = new ArrayList<>();
        if (!Files.isRegularFile(file)) {
            return alerts;
        }
        try (JsonParser parser = mapper.createParser(file.toFile())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new SpyglassException(ExitCode.INPUT_ERROR, file + " is not a JSON array of alerts.");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                alerts.add(alert(mapper.readTree(parser), alerts.size() + 1));
            }
        }
        return alerts;
    }

    private AlertView alert(JsonNode alert, int number) throws IOException {
        List<AlertView.IndicatorView> indicators = new ArrayList<>();
        for (JsonNode match : alert.path("matched_indicators")) {
            indicators.add(indicator(match));
        }
        if (indicators.isEmpty() && alert.path("matched_indicator").isObject()) {
            indicators.add(indicator(alert.get("matched_indicator")));
        }
        JsonNode heuristicNode = alert.path("heuristic");
        AlertView.HeuristicView heuristic = heuristicNode.isObject()
                ? new AlertView.HeuristicView(heuristicNode.path("id").asText(""),
                        heuristicNode.path("explanation").asText(""))
                : null;
        String level = alert.path("level").asText(Level.INFORMATIONAL.name());
        String time = alert.path("event_time").asText("");
        long micros = Long.MIN_VALUE;
        if (!time.isEmpty()) {
            try {
                micros = TimelineData.micros(time);
            } catch (java.time.DateTimeException badTime) {
                time = "";
            }
        }
        AlertView.IndicatorView first = indicators.isEmpty() ? null : indicators.get(0);
        JsonNode event = alert.get("event");
        return new AlertView("alert-" + number, level, levelIndex(level), alert.path("module").asText(""),
                alert.path("message").asText(""), time, micros, AlertExplanation.artifact(event), indicators,
                heuristic, AlertExplanation.proves(first, heuristic), AlertExplanation.doesNotProve(first),
                event == null || event.isNull() ? "" : pretty.writeValueAsString(event));
    }

    private static AlertView.IndicatorView indicator(JsonNode match) {
        return new AlertView.IndicatorView(match.path("value").asText(""), match.path("type").asText(""),
                text(match, "how"), text(match, "observed"), text(match, "name"), text(match, "feed"),
                text(match, "stix2_file_name"), text(match, "indicator_id"));
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static int levelIndex(String level) {
        try {
            return Level.valueOf(level).ordinal();
        } catch (IllegalArgumentException unknown) {
            return 0;
        }
    }

    private static List<ReportModel.Entry> entries(JsonNode object) {
        List<ReportModel.Entry> entries = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = object.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode value = field.getValue();
            entries.add(new ReportModel.Entry(field.getKey(), value.isValueNode() ? value.asText() : value.toString()));
        }
        return entries;
    }

    private static List<ReportModel.ModuleRow> modules(JsonNode modules) {
        List<ReportModel.ModuleRow> rows = new ArrayList<>();
        for (JsonNode module : modules) {
            String status = module.path("status").asText("");
            rows.add(new ReportModel.ModuleRow(module.path("name").asText(""), status,
                    "status-" + status.toLowerCase(Locale.ROOT), number(module.path("records").asLong()),
                    number(module.path("alerts").asLong()), number(module.path("warnings").asLong()),
                    text(module, "reason")));
        }
        return rows;
    }

    private static List<ReportModel.Entry> moduleCounts(JsonNode modules) {
        Map<String, Integer> counts = new TreeMap<>();
        for (JsonNode module : modules) {
            counts.merge(module.path("status").asText(""), 1, Integer::sum);
        }
        return counts.entrySet().stream()
                .map(e -> new ReportModel.Entry(e.getKey().toLowerCase(Locale.ROOT), number(e.getValue()))).toList();
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }
}
