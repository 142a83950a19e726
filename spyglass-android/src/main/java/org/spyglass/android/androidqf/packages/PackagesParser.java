package org.spyglass.android.androidqf.packages;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;

/**
 * Reads {@code packages.json}: a JSON array of package objects, streamed one element at a time. An element without
 * a textual {@code name} is counted in one warning; a file that is not a JSON array, or breaks off, is a warning
 * (the packages read before the break are kept).
 */
final class PackagesParser implements Parser<AqfPackage> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void parse(ParseContext<AqfPackage> context) {
        for (EvidenceFile file : context.files()) {
            try (InputStream in = context.source().open(file);
                 JsonParser json = new JsonFactory(MAPPER).createParser(in)) {
                read(json, file.devicePath(), context);
            } catch (JsonProcessingException e) {
                context.warn(file.devicePath(), "packages.json is not valid JSON: " + e.getOriginalMessage());
            } catch (IOException e) {
                context.warn(file.devicePath(), "packages.json could not be read: " + e.getMessage());
            }
        }
    }

    private static void read(JsonParser json, String path, ParseContext<AqfPackage> context) throws IOException {
        if (json.nextToken() != JsonToken.START_ARRAY) {
            context.warn(path, "packages.json does not hold a JSON array of packages; nothing was read");
            return;
        }
        long bad = 0;
        while (json.nextToken() != JsonToken.END_ARRAY && !context.cancelled()) {
            JsonNode node = json.readValueAsTree();
            if (node == null || !node.path("name").isTextual() || node.path("name").asText().isBlank()) {
                bad++;
                continue;
            }
            context.emit(toPackage(node, path));
        }
        if (bad > 0) {
            context.warn(path, String.format(Locale.ROOT, "%d package entr(ies) had no name and were skipped", bad));
        }
    }

    private static AqfPackage toPackage(JsonNode node, String path) {
        List<PackageFile> files = new ArrayList<>();
        for (JsonNode f : node.path("files")) {
            JsonNode cert = f.path("certificate");
            files.add(new PackageFile(text(f, "path") == null ? "" : text(f, "path"), hash(f, "md5"), hash(f, "sha1"),
                    hash(f, "sha256"), hash(cert, "Md5"), hash(cert, "Sha1"), hash(cert, "Sha256"),
                    text(cert, "Subject")));
        }
        String installer = text(node, "installer");
        if (installer != null && (installer.isBlank() || installer.equals("null"))) {
            installer = null;
        }
        JsonNode uid = node.path("uid");
        return new AqfPackage(node.path("name").asText(), files, installer, uid.canConvertToLong() ? uid.asLong() : null,
                node.path("disabled").asBoolean(false), node.path("system").asBoolean(false),
                node.path("third_party").asBoolean(false), path);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isValueNode() && !value.isNull() ? value.asText() : null;
    }

    private static String hash(JsonNode node, String field) {
        String value = text(node, field);
        return value == null || value.isBlank() ? null : value.strip().toLowerCase(Locale.ROOT);
    }
}
