package org.spyglass.core.ioc.load;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Provenance;

/**
 * Reads the indicators of a STIX 2.1 bundle. An indicator belongs to every report that lists it in
 * {@code object_refs}; failing that, to every named object (malware, campaign, intrusion set, …) that a
 * relationship from the indicator points to, whatever the relationship type; failing that, to nothing. Revoked
 * indicators and patterns in another language are skipped; a pattern that cannot be read is a warning naming the
 * indicator id, and the rest of the file still loads.
 *
 * <p>The bundle is streamed, one object at a time, never held whole: a first pass gathers reports, relationships and
 * names (and checks that the file is a bundle), a second pass reads the indicators in file order. A third pass runs
 * only when a relationship points to an id that no non-indicator object names, to find indicators' names.
 */
final class StixBundleReader {
    /** Opens the bundle's bytes afresh for each pass; the reader closes each stream. */
    @FunctionalInterface
    interface Content {
        InputStream open() throws IOException;
    }

    /** The fields of one STIX object that the reader uses; other fields are skipped unread. */
    private record StixObject(String type, String id, String name, String created, String modified, boolean revoked,
                              String patternType, String pattern, String sourceRef, String targetRef,
                              List<String> objectRefs) {
    }

    /** Fields read by a pass; the text of other fields is skipped undecoded. */
    private static final int ID = 1;
    private static final int NAME = 2;
    private static final int DATES = 4;
    private static final int PATTERN = 8;
    private static final int REFS = 16;
    private static final int GATHER = ID | NAME | DATES | REFS;

    @FunctionalInterface
    private interface ObjectHandler {
        void accept(StixObject object);
    }

    private StixBundleReader() {
    }

    /**
     * Reads the bundle in {@code content}.
     *
     * @return false when the content is JSON but not a STIX bundle ({@code "type": "bundle"} and an {@code objects}
     *         array); nothing was added to {@code out} then
     * @throws IOException when the content cannot be read or is not valid JSON
     */
    static boolean read(JsonFactory json, Content content, FileCollector out) throws IOException {
        StixOwners owners = new StixOwners();
        boolean bundle = pass(json, content, GATHER, object -> {
            out.seenDate(object.created());
            out.seenDate(object.modified());
            if (object.id() != null && object.name() != null && !object.type().equals("indicator")) {
                owners.name(object.id(), object.name());
            }
            switch (object.type()) {
                case "report" -> owners.report(object.id(), object.name(), object.objectRefs());
                case "relationship" -> {
                    if (object.sourceRef() != null && object.targetRef() != null) {
                        owners.relationship(object.sourceRef(), object.targetRef());
                    }
                }
                default -> {
                }
            }
        });
        if (!bundle) {
            return false;
        }
        Set<String> unnamed = owners.unnamedTargets();
        if (!unnamed.isEmpty()) {
            pass(json, content, ID | NAME, object -> {
                if (object.type().equals("indicator") && object.name() != null && unnamed.contains(object.id())) {
                    owners.name(object.id(), object.name());
                }
            });
        }
        pass(json, content, ID | PATTERN, object -> {
            if (object.type().equals("indicator")) {
                readIndicator(object, owners.of(object.id()), out);
            }
        });
        return true;
    }

    /**
     * Streams the top-level object, handing over each element of {@code objects} as it comes; returns whether it was
     * a bundle, which is known only at the end (the {@code type} field may follow the objects).
     */
    private static boolean pass(JsonFactory json, Content content, int fields, ObjectHandler handler)
            throws IOException {
        boolean bundleType = false;
        boolean objects = false;
        try (InputStream in = content.open(); JsonParser parser = json.createParser(in)) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String field = parser.currentName();
                JsonToken value = parser.nextToken();
                if (field.equals("type")) {
                    bundleType = value.isScalarValue() && "bundle".equals(parser.getValueAsString());
                } else if (field.equals("objects") && value == JsonToken.START_ARRAY) {
                    objects = true;
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        StixObject object = readObject(parser, fields);
                        if (object != null) {
                            handler.accept(object);
                        }
                    }
                } else {
                    if (field.equals("objects")) {
                        objects = false;
                    }
                    parser.skipChildren();
                }
            }
        }
        return bundleType && objects;
    }

    /**
     * Reads the object the parser is at (its start token is current); null for an element that is not an object.
     * Only {@code fields} (and the type) are read; the others stay null, false or empty.
     */
    private static StixObject readObject(JsonParser parser, int fields) throws IOException {
        if (parser.currentToken() != JsonToken.START_OBJECT) {
            parser.skipChildren();
            return null;
        }
        String type = "";
        String id = null;
        String name = null;
        String created = null;
        String modified = null;
        boolean revoked = false;
        String patternType = null;
        String pattern = null;
        String sourceRef = null;
        String targetRef = null;
        List<String> objectRefs = List.of();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken token = parser.nextToken();
            int wanted = switch (field) {
                case "type" -> 0;
                case "id" -> ID;
                case "name" -> NAME;
                case "created", "modified" -> DATES;
                case "revoked", "pattern_type", "pattern" -> PATTERN;
                case "source_ref", "target_ref", "object_refs" -> REFS;
                default -> -1;
            };
            if (wanted == -1 || (wanted & fields) != wanted) {
                parser.skipChildren();
                continue;
            }
            switch (field) {
                case "type" -> type = token.isScalarValue() && token != JsonToken.VALUE_NULL
                        ? parser.getValueAsString() : "";
                case "id" -> id = text(parser, token);
                case "name" -> name = text(parser, token);
                case "created" -> created = text(parser, token);
                case "modified" -> modified = text(parser, token);
                case "revoked" -> revoked = bool(parser, token);
                case "pattern_type" -> patternType = text(parser, token);
                case "pattern" -> pattern = text(parser, token);
                case "source_ref" -> sourceRef = text(parser, token);
                case "target_ref" -> targetRef = text(parser, token);
                default -> objectRefs = refs(parser, token);
            }
        }
        return new StixObject(type, id, name, created, modified, revoked, patternType, pattern, sourceRef, targetRef,
                objectRefs);
    }

    /** A scalar field's text, as JSON's tree model gives it; null for null, objects and arrays. */
    private static String text(JsonParser parser, JsonToken token) throws IOException {
        if (!token.isScalarValue() || token == JsonToken.VALUE_NULL) {
            parser.skipChildren();
            return null;
        }
        return parser.getValueAsString();
    }

    private static boolean bool(JsonParser parser, JsonToken token) throws IOException {
        return switch (token) {
            case VALUE_TRUE -> true;
            case VALUE_STRING -> parser.getText().trim().equals("true");
            case VALUE_NUMBER_INT -> parser.getLongValue() != 0;
            case START_OBJECT, START_ARRAY -> {
                parser.skipChildren();
                yield false;
            }
            default -> false;
        };
    }

    /**
     * The elements of {@code object_refs} as text, as the tree model renders them (an object's field values are its
     * elements there, a non-scalar renders as empty text).
     */
    private static List<String> refs(JsonParser parser, JsonToken token) throws IOException {
        if (token != JsonToken.START_ARRAY && token != JsonToken.START_OBJECT) {
            return List.of();
        }
        JsonToken end = token == JsonToken.START_ARRAY ? JsonToken.END_ARRAY : JsonToken.END_OBJECT;
        List<String> refs = new ArrayList<>();
        for (JsonToken element = parser.nextToken(); element != end; element = parser.nextToken()) {
            if (element == JsonToken.FIELD_NAME) {
                continue;
            }
            if (element.isScalarValue()) {
                refs.add(element == JsonToken.VALUE_NULL ? "null" : parser.getValueAsString());
            } else {
                parser.skipChildren();
                refs.add("");
            }
        }
        return refs;
    }

    private static void readIndicator(StixObject indicator, List<StixOwners.Named> owners, FileCollector out) {
        String id = indicator.id();
        String where = "indicator " + (id == null ? "without id" : id);
        if (indicator.revoked()) {
            return;
        }
        String patternType = indicator.patternType();
        if (patternType != null && !patternType.equals("stix")) {
            out.warn(where + ": pattern type '" + FileCollector.abbreviate(patternType) + "' is not STIX; skipped");
            return;
        }
        String pattern = indicator.pattern();
        List<StixComparison> comparisons;
        try {
            comparisons = StixPatternParser.parse(pattern);
        } catch (StixPatternException e) {
            out.warn(where + ": cannot use pattern " + FileCollector.abbreviate(pattern) + ": " + e.getMessage()
                    + "; skipped");
            return;
        }
        List<Provenance> provenances = new ArrayList<>();
        for (StixOwners.Named owner : owners) {
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
}
