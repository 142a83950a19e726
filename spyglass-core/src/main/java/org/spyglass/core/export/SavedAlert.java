package org.spyglass.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.time.Times;

/**
 * An alert as read back from {@code alerts.json}: only what the exports need.
 *
 * @param level     the level's name
 * @param module    the module that raised it
 * @param message   the sentence
 * @param eventTime when the event happened, or null
 * @param matches   the matched indicators, in the matcher's order
 * @param heuristic the heuristic's id, or null for an indicator alert
 * @param why       the heuristic's explanation, or null
 */
record SavedAlert(String level, String module, String message, Instant eventTime, List<Match> matches,
                  String heuristic, String why) {
    SavedAlert {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(module, "module");
        Objects.requireNonNull(message, "message");
        matches = List.copyOf(matches);
    }

    /**
     * A matched indicator.
     *
     * @param type        the indicator type
     * @param value       the indicator's value
     * @param indicatorId its STIX id in the feed, or null
     * @param malware     every malware or campaign name of its provenance, distinct, in order
     * @param feed        the feed of its first provenance
     * @param how         how it matched
     * @param observed    the value seen in the evidence
     */
    record Match(IndicatorType type, String value, String indicatorId, List<String> malware, String feed, String how,
                 String observed) {
        Match {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(value, "value");
            malware = List.copyOf(malware);
        }
    }

    /** Reads one element of {@code alerts.json}. */
    static SavedAlert of(JsonNode alert) {
        List<Match> matches = new ArrayList<>();
        for (JsonNode match : alert.path("matched_indicators")) {
            List<String> malware = new ArrayList<>();
            for (JsonNode provenance : match.path("provenance")) {
                String name = text(provenance, "malware");
                if (name != null && !malware.contains(name)) {
                    malware.add(name);
                }
            }
            matches.add(new Match(type(text(match, "type")), text(match, "value"), text(match, "indicator_id"),
                    malware, text(match, "feed"), text(match, "how"), text(match, "observed")));
        }
        JsonNode heuristic = alert.path("heuristic");
        return new SavedAlert(text(alert, "level"), text(alert, "module"), text(alert, "message"),
                Times.parseMvt(text(alert, "event_time")), matches, text(heuristic, "id"),
                text(heuristic, "explanation"));
    }

    private static IndicatorType type(String bucket) {
        for (IndicatorType type : IndicatorType.values()) {
            if (type.mvtBucket().equals(bucket)) {
                return type;
            }
        }
        throw new IllegalArgumentException("unknown indicator type in alerts.json: " + bucket);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() ? value.asText() : null;
    }
}
