package org.spyglass.android.intrusion;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.text.TextLines;

/**
 * Streams the events of one type out of every NDJSON file a module was given, one line at a time. Lines that are not
 * an event, and events of other types, are passed over in silence: {@link IntrusionLogSource} has already warned
 * about them once for every module (and lists no file without any event; a module given one all the same says so).
 * An event whose line is among the last {@link RecentDigests#DEFAULT_CAPACITY} event lines of the type read (across
 * files: exports that overlap repeat the end of the previous one) is passed over too; only a 64-bit digest of each
 * of those lines is kept, so memory does not grow with the logs.
 */
final class IntrusionEvents {

    /** What a module does with one event of its type. */
    @FunctionalInterface
    interface Handler {
        void event(IntrusionLine event, String file, long line);
    }

    private IntrusionEvents() {
    }

    static void read(ParseContext<?> context, String type, Handler handler) {
        RecentDigests seen = new RecentDigests(RecentDigests.DEFAULT_CAPACITY);
        for (EvidenceFile file : context.files()) {
            try (InputStream in = context.source().open(file)) {
                TextLines text = new TextLines(in);
                boolean anyEvent = false;
                boolean anyText = false;
                for (String line = text.next(); line != null && !context.cancelled(); line = text.next()) {
                    Optional<IntrusionLine> event = IntrusionLine.parse(line);
                    anyEvent |= event.isPresent() && IntrusionLine.TYPES.contains(event.get().type());
                    anyText |= !line.isBlank();
                    if (event.isPresent() && event.get().type().equals(type) && seen.add(digest(line.strip()))) {
                        handler.event(event.get(), file.devicePath(), text.number());
                    }
                }
                if (anyText && !anyEvent) {
                    context.warn(file.devicePath(), "holds no dns, connect or security event; nothing read");
                }
            } catch (IOException e) {
                context.warn(file.devicePath(), "the intrusion log could not be read: " + e.getMessage());
            }
        }
    }

    /** The first 64 bits of the SHA-256 of a line. */
    static long digest(String line) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(line.getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** A field's text, or null when absent, null or empty. */
    static String text(JsonNode object, String key) {
        JsonNode value = object == null ? null : object.get(key);
        if (value == null || value.isNull() || value.isContainerNode()) {
            return null;
        }
        String text = value.asText();
        return text.isEmpty() ? null : text;
    }

    /** A field's whole number, or null when absent or not a whole number. */
    static Long number(JsonNode object, String key) {
        JsonNode value = object == null ? null : object.get(key);
        if (value != null && value.canConvertToLong() && value.isIntegralNumber()) {
            return value.longValue();
        }
        if (value != null && value.isTextual()) {
            try {
                return Long.parseLong(value.asText().strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    /**
     * An address as Java's {@code InetAddress.toString()} writes it ({@code host/1.2.3.4} or {@code /1.2.3.4}):
     * the part after the last slash; null for null or empty.
     */
    static String address(String value) {
        if (value == null) {
            return null;
        }
        String address = value.substring(value.lastIndexOf('/') + 1).strip();
        return address.isEmpty() ? null : address;
    }
}
