package org.spyglass.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;

/**
 * What an alert does and does not prove, in words for the person whose phone it is. The wording depends on what
 * kind of value matched: an address only shows contact, a process or file shows something ran or was stored.
 */
final class AlertExplanation {
    private static final Set<String> ADDRESSES = Set.of("domains", "urls", "ipv4s", "ipv6s", "emails");
    private static final Set<String> PROGRAMS = Set.of("processes", "file_names", "file_paths", "files_md5",
            "files_sha1", "files_sha256");
    /** Fields of a record that name the file it was read from, in the order they are preferred. */
    private static final List<String> ARTIFACT_FIELDS = List.of("artifact", "file_path", "path", "database",
            "source_file", "file", "filename");

    private AlertExplanation() {
    }

    /** What the alert shows. */
    static String proves(AlertView.IndicatorView first, AlertView.HeuristicView heuristic) {
        if (first == null) {
            return "An unusual pattern that spyware has left on phones before was found in this artifact"
                    + (heuristic != null ? " (heuristic " + heuristic.id() + ")." : ".");
        }
        String campaign = first.campaign() == null ? "a known spyware operation" : first.campaign();
        if (ADDRESSES.contains(first.type())) {
            return "The phone's data holds an address that the indicator feed links to " + campaign
                    + ": the phone received it, or contacted it.";
        }
        if (PROGRAMS.contains(first.type())) {
            return "A program or file with a name or hash known from " + campaign + " was recorded on this phone.";
        }
        return "An app, certificate, profile or setting known from " + campaign + " was found on this phone.";
    }

    /** What the alert does not show, so nobody reads more into it than it holds. */
    static String doesNotProve(AlertView.IndicatorView first) {
        if (first == null) {
            return "It matches no published spyware indicator: ordinary software can leave the same pattern. "
                    + "An expert should look at the record and its neighbours on the timeline.";
        }
        if (ADDRESSES.contains(first.type())) {
            return "It does not prove the spyware was installed: a link may have been sent and never opened, or "
                    + "opened without the attack succeeding. It is a sign of targeting that needs an expert's review.";
        }
        if (PROGRAMS.contains(first.type())) {
            return "A name can in rare cases be shared by legitimate software; an expert should check the record "
                    + "and the events around it before concluding.";
        }
        return "It does not say who installed it or whether it was active; an expert should review it.";
    }

    /** The evidence file the record names, or null when the record names none. */
    static String artifact(JsonNode event) {
        if (event == null || !event.isObject()) {
            return null;
        }
        for (String field : ARTIFACT_FIELDS) {
            JsonNode value = event.get(field);
            if (value != null && value.isTextual() && !value.asText().isEmpty()) {
                return value.asText();
            }
        }
        return null;
    }
}
