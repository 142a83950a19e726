package org.spyglass.bench;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Writes the synthetic STIX 2.1 indicators: one bundle of {@code bundleDomains} domain indicators and one bundle
 * per other indicator type with {@code bundleOthersPerType} each. Each bundle has one {@code malware} object and one
 * {@code report} listing its indicators (far smaller than one relationship per indicator). Bundles are split by type
 * because one file of every type would exceed the loader's 256 MiB file limit.
 */
final class SyntheticBundle {
    /** The malware name the synthetic indicators carry in alerts. */
    static final String MALWARE = "Spyglass benchmark (synthetic)";

    private record Kind(String file, String objectPath, IntFunction<String> value) {
    }

    private SyntheticBundle() {
    }

    /** Writes the bundles into {@code folder} (created when missing) and returns their paths. */
    static List<Path> write(Path folder, EvidenceProfile profile, SyntheticValues values) throws IOException {
        Files.createDirectories(folder);
        List<Path> written = new ArrayList<>();
        written.add(write(folder, new Kind("domains", "domain-name:value", values::domain), profile.bundleDomains()));
        for (Kind kind : others(values)) {
            written.add(write(folder, kind, profile.bundleOthersPerType()));
        }
        return written;
    }

    private static List<Kind> others(SyntheticValues values) {
        return List.of(
                new Kind("urls", "url:value", values::url),
                new Kind("ipv4s", "ipv4-addr:value", values::ipv4),
                new Kind("ipv6s", "ipv6-addr:value", values::ipv6),
                new Kind("emails", "email-addr:value", values::email),
                new Kind("processes", "process:name", values::process),
                new Kind("file-names", "file:name", values::fileName),
                new Kind("file-paths", "file:path", values::filePath),
                new Kind("md5", "file:hashes.md5", i -> values.hex(i, 20, 16)),
                new Kind("sha1", "file:hashes.sha1", i -> values.hex(i, 21, 20)),
                new Kind("sha256", "file:hashes.sha256", i -> values.hex(i, 22, 32)),
                new Kind("app-ids", "app:id", values::appId),
                new Kind("app-certs", "app:cert.sha256", i -> values.hex(i, 23, 32)),
                new Kind("profiles", "configuration-profile:id", values::profileId),
                new Kind("android-properties", "android-property:name", values::androidProperty));
    }

    private static Path write(Path folder, Kind kind, int count) throws IOException {
        Path file = folder.resolve("synthetic-" + kind.file() + ".stix2");
        String malwareId = "malware--" + uuid(kind.file().hashCode(), 0);
        try (JsonGenerator json = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("type", "bundle");
            json.writeStringField("id", "bundle--" + uuid(kind.file().hashCode(), 1));
            json.writeArrayFieldStart("objects");
            json.writeStartObject();
            json.writeStringField("type", "malware");
            json.writeStringField("spec_version", "2.1");
            json.writeStringField("id", malwareId);
            json.writeStringField("created", "2026-01-01T00:00:00Z");
            json.writeStringField("modified", "2026-01-01T00:00:00Z");
            json.writeStringField("name", MALWARE);
            json.writeBooleanField("is_family", false);
            json.writeEndObject();
            for (int i = 0; i < count; i++) {
                json.writeStartObject();
                json.writeStringField("type", "indicator");
                json.writeStringField("spec_version", "2.1");
                json.writeStringField("id", indicatorId(kind, i));
                json.writeStringField("pattern", "[" + kind.objectPath() + " = '" + kind.value().apply(i) + "']");
                json.writeStringField("pattern_type", "stix");
                json.writeStringField("valid_from", "2026-01-01T00:00:00Z");
                json.writeEndObject();
            }
            json.writeStartObject();
            json.writeStringField("type", "report");
            json.writeStringField("spec_version", "2.1");
            json.writeStringField("id", "report--" + uuid(kind.file().hashCode(), 2));
            json.writeStringField("name", MALWARE);
            json.writeStringField("published", "2026-01-01T00:00:00Z");
            json.writeArrayFieldStart("object_refs");
            json.writeString(malwareId);
            for (int i = 0; i < count; i++) {
                json.writeString(indicatorId(kind, i));
            }
            json.writeEndArray();
            json.writeEndObject();
            json.writeEndArray();
            json.writeEndObject();
        }
        return file;
    }

    private static String indicatorId(Kind kind, int i) {
        return "indicator--" + uuid(kind.file().hashCode(), i + 16L);
    }

    private static String uuid(long high, long low) {
        return String.format(Locale.ROOT, "%08x-0000-4000-8000-%012x", high & 0xffffffffL, low);
    }
}
