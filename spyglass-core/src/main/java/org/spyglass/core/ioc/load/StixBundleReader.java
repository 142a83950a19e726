package org.spyglass.core.ioc.load;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;

/**
 * Reads the indicators of a STIX 2.1 bundle. An indicator belongs to every report that lists it in
 * {@code object_refs}; failing that, to every named object (malware, campaign, intrusion set, …) that a
 * relationship from the indicator points to, whatever the relationship type; failing that, to nothing. Revoked
 * indicators and patterns in another language are skipped; a pattern that cannot be read is a warning naming the
 * indicator id, and the rest of the file still loads.
 */
final class StixBundleReader {
    private record Named(String id, String name) {
    }

    private StixBundleReader() {
    }

    /** True when {@code root} looks like a STIX bundle: {@code "type": "bundle"} and an {@code objects} array. */
    static boolean isBundle(JsonNode root) {
        return root != null && root.isObject() && "bundle".equals(root.path("type").asText())
                && root.path("objects").isArray();
    }

    static void read(JsonNode bundle, FileCollector out) {
        Map<String, String> names = new HashMap<>();
        Map<String, List<Named>> reports = new HashMap<>();
        Map<String, Set<String>> targets = new HashMap<>();
        List<JsonNode> indicators = new ArrayList<>();
        for (JsonNode object : bundle.path("objects")) {
            out.seenDate(text(object, "created"));
            out.seenDate(text(object, "modified"));
            String type = object.path("type").asText("");
            String id = text(object, "id");
            String name = text(object, "name");
            if (id != null && name != null) {
                names.put(id, name);
            }
            switch (type) {
                case "indicator" -> indicators.add(object);
                case "report" -> {
                    for (JsonNode ref : object.path("object_refs")) {
                        reports.computeIfAbsent(ref.asText(), k -> new ArrayList<>()).add(new Named(id, name));
                    }
                }
                case "relationship" -> {
                    String source = text(object, "source_ref");
                    String target = text(object, "target_ref");
                    if (source != null && target != null) {
                        targets.computeIfAbsent(source, k -> new LinkedHashSet<>()).add(target);
                    }
                }
                default -> {
                }
            }
        }
        for (JsonNode indicator : indicators) {
            String id = text(indicator, "id");
            List<Named> owners = reports.get(id);
            if (owners == null) {
                owners = new ArrayList<>();
                for (String target : targets.getOrDefault(id, Set.of())) {
                    if (names.containsKey(target)) {
                        owners.add(new Named(target, names.get(target)));
                    }
                }
            }
            readIndicator(indicator, id, owners, out);
        }
    }

    private static void readIndicator(JsonNode indicator, String id, List<Named> owners, FileCollector out) {
        String where = "indicator " + (id == null ? "without id" : id);
        if (indicator.path("revoked").asBoolean(false)) {
            return;
        }
        String patternType = text(indicator, "pattern_type");
        if (patternType != null && !patternType.equals("stix")) {
            out.warn(where + ": pattern type '" + FileCollector.abbreviate(patternType) + "' is not STIX; skipped");
            return;
        }
        String pattern = text(indicator, "pattern");
        List<StixComparison> comparisons;
        try {
            comparisons = StixPatternParser.parse(pattern);
        } catch (StixPatternException e) {
            out.warn(where + ": cannot use pattern " + FileCollector.abbreviate(pattern) + ": " + e.getMessage()
                    + "; skipped");
            return;
        }
        List<Provenance> provenances = new ArrayList<>();
        for (Named owner : owners) {
            provenances.add(new Provenance(out.feed(), out.path(), owner.name(), id, owner.id()));
        }
        if (provenances.isEmpty()) {
            provenances.add(new Provenance(out.feed(), out.path(), null, id, null));
        }
        for (StixComparison comparison : comparisons) {
            IndicatorType type = ObjectPaths.typeOf(comparison);
            if (type == null) {
                out.warn(where + ": object path " + comparison.objectPath()
                        + " is not one Spyglass can match; skipped");
                continue;
            }
            out.add(type, comparison.value(), provenances, where);
        }
    }

    private static String text(JsonNode object, String field) {
        JsonNode value = object.get(field);
        return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
    }
}
