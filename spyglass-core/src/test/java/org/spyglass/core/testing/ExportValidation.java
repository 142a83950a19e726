package org.spyglass.core.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.spyglass.core.json.Json;

/**
 * Checks the exports the way their consumers would: the STIX bundle against a JSON schema of the STIX 2.1 objects
 * Spyglass writes (validated with networknt's json-schema-validator), the MISP event against the fields MISP's
 * import requires and the type/category pairs of MISP's {@code describeTypes.json}.
 */
public final class ExportValidation {
    private static final JsonSchema STIX_SCHEMA = loadSchema();

    private ExportValidation() {
    }

    /** The schema violations of a STIX bundle, as messages; empty when it is valid. */
    public static List<String> stixErrors(JsonNode bundle) {
        Set<ValidationMessage> errors = STIX_SCHEMA.validate(bundle);
        return errors.stream().map(ValidationMessage::getMessage).sorted().collect(Collectors.toList());
    }

    /** What MISP's event import would refuse; empty when the event is importable. */
    public static List<String> mispErrors(JsonNode event) {
        JsonNode allowed = resource("misp-category-types.json");
        List<String> errors = new ArrayList<>();
        if (!event.path("info").isTextual() || event.path("info").asText().isEmpty()) {
            errors.add("info");
        }
        require(event, "date", "\\d{4}-\\d{2}-\\d{2}", errors);
        require(event, "threat_level_id", "[1-4]", errors);
        require(event, "analysis", "[0-2]", errors);
        require(event, "distribution", "[0-5]", errors);
        uuid(event.path("uuid").asText(), errors);
        Set<String> seen = new HashSet<>();
        for (JsonNode attribute : event.path("Attribute")) {
            String type = attribute.path("type").asText();
            String category = attribute.path("category").asText();
            String value = attribute.path("value").asText();
            List<String> types = new ArrayList<>();
            allowed.path(category).forEach(t -> types.add(t.asText()));
            if (!types.contains(type)) {
                errors.add("type " + type + " not allowed in category " + category);
            }
            if (value.isEmpty() || !seen.add(type + "|" + category + "|" + value)) {
                errors.add("empty or duplicate attribute " + value);
            }
            uuid(attribute.path("uuid").asText(), errors);
        }
        return errors;
    }

    private static void require(JsonNode event, String field, String pattern, List<String> errors) {
        if (!event.path(field).asText().matches(pattern)) {
            errors.add(field);
        }
    }

    private static void uuid(String text, List<String> errors) {
        try {
            UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            errors.add("uuid " + text);
        }
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = ExportValidation.class.getResourceAsStream("stix21-bundle.schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static JsonNode resource(String name) {
        try (InputStream in = ExportValidation.class.getResourceAsStream(name)) {
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
