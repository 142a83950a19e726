package org.spyglass.android.androidqf.files;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Locale;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.source.EvidenceFile;

/**
 * Reads {@code files.json} as a stream, one entry at a time: a JSON array of objects, or one object after another
 * (JSON lines), as AndroidQF versions write it. Entries without a {@code path} are counted in one warning; a file
 * that breaks off or is no JSON is one warning saying how many entries were read before.
 */
final class FilesParser implements Parser<AqfFile> {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Override
    public void parse(ParseContext<AqfFile> context) {
        for (EvidenceFile file : context.files()) {
            String path = file.devicePath();
            Counts counts = new Counts();
            try (InputStream in = context.source().open(file);
                 JsonParser json = new JsonFactory(MAPPER).createParser(in)) {
                read(json, path, counts, context);
            } catch (JsonProcessingException e) {
                context.warn(path, String.format(Locale.ROOT, "files.json is not well-formed JSON after %d entries "
                        + "(cut off, or another format): %s", counts.read, e.getOriginalMessage()));
            } catch (IOException e) {
                context.warn(path, "files.json could not be read: " + e.getMessage());
            }
            if (counts.skipped > 0) {
                context.warn(path, String.format(Locale.ROOT, "%d entries had no path and were skipped",
                        counts.skipped));
            }
        }
    }

    private static void read(JsonParser json, String path, Counts counts, ParseContext<AqfFile> context)
            throws IOException {
        JsonToken token = json.nextToken();
        if (token == null) {
            context.absent(path, "files.json is empty");
            return;
        }
        boolean array = token == JsonToken.START_ARRAY;
        if (array) {
            token = json.nextToken();
        }
        while (token != null && token != JsonToken.END_ARRAY && !context.cancelled()) {
            if (token != JsonToken.START_OBJECT) {
                throw new JsonParseException(json, "expected an object, found " + token);
            }
            JsonNode entry = MAPPER.readTree(json);
            AqfFile record = record(entry, path);
            if (record == null) {
                counts.skipped++;
            } else {
                counts.read++;
                context.emit(record);
            }
            token = json.nextToken();
        }
        if (array && token == null) {
            throw new JsonParseException(json, "the array is not closed");
        }
    }

    private static AqfFile record(JsonNode entry, String listing) {
        String path = text(entry, "path");
        if (path == null) {
            return null;
        }
        JsonNode size = entry.get("size");
        return new AqfFile(path, size != null && size.canConvertToLong() ? size.asLong() : null, text(entry, "mode"),
                either(text(entry, "user_name"), text(entry, "user_id")),
                either(text(entry, "group_name"), text(entry, "group_id")), time(entry, "changed_time"),
                time(entry, "modified_time"), time(entry, "access_time"), text(entry, "context"),
                hash(entry, "sha256"), hash(entry, "sha1"), hash(entry, "md5"), text(entry, "error"), listing);
    }

    private static String either(String first, String second) {
        return first != null ? first : second;
    }

    private static String text(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }

    private static String hash(JsonNode entry, String field) {
        String value = text(entry, field);
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    /** Epoch seconds (integer or fractional) as an instant; zero, negative or not a number means unknown. */
    private static Instant time(JsonNode entry, String field) {
        JsonNode value = entry.get(field);
        if (value == null || !value.isNumber() || value.asDouble() <= 0) {
            return null;
        }
        double seconds = value.asDouble();
        long whole = (long) Math.floor(seconds);
        return Instant.ofEpochSecond(whole, Math.round((seconds - whole) * 1_000_000_000L) % 1_000_000_000L);
    }

    private static final class Counts {
        long read;
        long skipped;
    }
}
