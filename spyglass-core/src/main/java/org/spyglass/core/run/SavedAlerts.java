package org.spyglass.core.run;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.core.ioc.Indicator;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;
import org.spyglass.core.json.Json;
import org.spyglass.core.module.Alert;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.time.Times;

/**
 * A module's saved alerts, read back from its {@code <module>_detected.json} in their order, for a module whose
 * records cannot be checked again. Each becomes an {@link Alert} whose record is the saved {@code event} JSON and
 * whose matches are the saved ones, so it is written again as it was and counted as it was.
 */
final class SavedAlerts {
    private SavedAlerts() {
    }

    static List<Alert> read(Path detectedFile) throws IOException {
        List<Alert> alerts = new ArrayList<>();
        if (!Files.exists(detectedFile)) {
            return alerts;
        }
        try (JsonParser parser = Json.mapper().createParser(detectedFile.toFile())) {
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw new IOException(detectedFile.getFileName() + " is not a JSON array");
            }
            while (parser.nextToken() == JsonToken.START_OBJECT) {
                alerts.add(alert(Json.mapper().readTree(parser)));
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IOException(detectedFile.getFileName() + " is not as Spyglass writes it: " + e.getMessage(), e);
        }
        return alerts;
    }

    private static Alert alert(JsonNode alert) {
        List<IndicatorMatch> matches = new ArrayList<>();
        for (JsonNode match : alert.path("matched_indicators")) {
            List<Provenance> provenance = new ArrayList<>();
            for (JsonNode each : match.path("provenance")) {
                provenance.add(new Provenance(text(each, "feed"), text(each, "file"), text(each, "malware"),
                        text(each, "indicator_id"), text(each, "malware_id")));
            }
            matches.add(new IndicatorMatch(new Indicator(type(text(match, "type")), text(match, "value"),
                    provenance), text(match, "observed"), text(match, "how")));
        }
        JsonNode heuristic = alert.path("heuristic");
        return new Alert(Level.valueOf(text(alert, "level")), text(alert, "module"), text(alert, "message"),
                Times.parseMvt(text(alert, "event_time")), alert.get("event"), matches,
                heuristic.isObject() ? new Heuristic(text(heuristic, "id"), Level.valueOf(text(heuristic, "level")),
                        text(heuristic, "explanation")) : null);
    }

    private static IndicatorType type(String bucket) {
        for (IndicatorType type : IndicatorType.values()) {
            if (type.mvtBucket().equals(bucket)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown indicator type " + bucket);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
