package org.spyglass.core.ioc;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds STIX 2.1 bundles for tests: malware, reports, indicators and relationships with readable ids. */
public final class StixBundleBuilder {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ObjectNode bundle = JSON.createObjectNode();
    private final ArrayNode objects;
    private int relationships;

    public StixBundleBuilder() {
        bundle.put("type", "bundle");
        bundle.put("id", "bundle--00000000-0000-4000-8000-000000000000");
        objects = bundle.putArray("objects");
    }

    public StixBundleBuilder malware(String id, String name) {
        ObjectNode m = objects.addObject();
        m.put("type", "malware").put("spec_version", "2.1").put("id", id).put("name", name)
                .put("created", "2024-01-02T03:04:05.000Z").put("modified", "2024-01-02T03:04:05.000Z")
                .put("is_family", false);
        return this;
    }

    public StixBundleBuilder report(String id, String name, String... objectRefs) {
        ObjectNode r = objects.addObject();
        r.put("type", "report").put("spec_version", "2.1").put("id", id).put("name", name)
                .put("published", "2024-02-01T00:00:00Z");
        ArrayNode refs = r.putArray("object_refs");
        for (String ref : objectRefs) {
            refs.add(ref);
        }
        return this;
    }

    public StixBundleBuilder indicator(String id, String pattern) {
        return indicator(id, pattern, "2024-03-04T05:06:07.123456Z");
    }

    public StixBundleBuilder indicator(String id, String pattern, String modified) {
        ObjectNode i = objects.addObject();
        i.put("type", "indicator").put("spec_version", "2.1").put("id", id)
                .put("created", "2024-01-02T03:04:05.000Z").put("modified", modified)
                .put("pattern", pattern).put("pattern_type", "stix").put("valid_from", "2024-01-02T03:04:05Z");
        return this;
    }

    /** An indicator with the given object, for unusual fields (pattern_type, revoked). */
    public StixBundleBuilder raw(ObjectNode object) {
        objects.add(object);
        return this;
    }

    public StixBundleBuilder indicates(String indicatorId, String targetId) {
        return relationship(indicatorId, "indicates", targetId);
    }

    public StixBundleBuilder relationship(String sourceId, String type, String targetId) {
        ObjectNode r = objects.addObject();
        r.put("type", "relationship").put("spec_version", "2.1")
                .put("id", "relationship--" + (++relationships)).put("relationship_type", type)
                .put("source_ref", sourceId).put("target_ref", targetId);
        return this;
    }

    public String json() {
        try {
            return JSON.writerWithDefaultPrettyPrinter().writeValueAsString(bundle);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] bytes() {
        return json().getBytes(StandardCharsets.UTF_8);
    }

    public Path writeTo(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, json(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static ObjectNode object() {
        return JSON.createObjectNode();
    }
}
