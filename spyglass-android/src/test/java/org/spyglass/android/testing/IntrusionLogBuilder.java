package org.spyglass.android.testing;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes Android intrusion logs as Android 16's Intrusion Logging exports them: NDJSON files, one event a line
 * ({@code {"dns_event":{...}}}, {@code {"connect_event":{...}}}, {@code {"security_event":{"event_id":…,
 * "event_time":…,"<tag>":{...}}}}), into a folder or a zip. Events go to the current file ({@link #file}), by
 * default {@value #DEFAULT_FILE}. Network times are epoch milliseconds, security times epoch nanoseconds.
 */
public final class IntrusionLogBuilder {
    public static final String DEFAULT_FILE = "intrusion_logs_2026-05-04.txt";
    /** 2026-05-04 10:15:30 UTC, in epoch milliseconds. */
    public static final long MILLIS = 1_777_889_730_000L;
    /** A C2 domain of TheTruthSpy in the bundled ECHAP stalkerware list. */
    public static final String STALKERWARE_DOMAIN = "protocol-a746.thetruthspy.com";
    /** A C2 address of TheTruthSpy in the bundled ECHAP stalkerware list. */
    public static final String STALKERWARE_IP = "69.64.74.239";
    /** A TheTruthSpy package of the bundled ECHAP stalkerware list. */
    public static final String STALKERWARE_PACKAGE = "com.thetruth";
    /** A Qustodio website of the bundled ECHAP watchware list. */
    public static final String WATCHWARE_DOMAIN = "qustodio.com";

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private final Map<String, StringBuilder> files = new LinkedHashMap<>();
    private String current = DEFAULT_FILE;
    private long nextId = 1;

    private IntrusionLogBuilder() {
    }

    public static IntrusionLogBuilder create() {
        return new IntrusionLogBuilder();
    }

    /** Writes the next events to this file (a path inside the folder or zip), created empty if new. */
    public IntrusionLogBuilder file(String name) {
        current = name;
        files.computeIfAbsent(name, n -> new StringBuilder());
        return this;
    }

    /** A DNS look-up; addresses are written as Java prints them ({@code /1.2.3.4}). */
    public IntrusionLogBuilder dns(long millis, String hostname, String packageName, String... addresses) {
        ObjectNode event = NODES.objectNode().put("event_time", millis).put("hostname", hostname)
                .put("package_name", packageName);
        ArrayNode ips = event.putArray("ip_addresses");
        for (String address : addresses) {
            ips.add("/" + address);
        }
        event.put("total_resolved_address_count", addresses.length);
        return line(NODES.objectNode().set("dns_event", event).toString());
    }

    /** An outgoing connection. */
    public IntrusionLogBuilder connect(long millis, String address, int port, String packageName) {
        return line(NODES.objectNode().set("connect_event", NODES.objectNode().put("event_time", millis)
                .put("ip_address", "/" + address).put("port", port).put("package_name", packageName)).toString());
    }

    /**
     * A security event with the next event id, {@code event_id} first as real Pixel exports write it.
     *
     * @param nanos   {@code event_time}, epoch nanoseconds
     * @param tag     the SecurityLog tag in snake case
     * @param payload the tag's value as JSON text ({@code {"command":"ls"}})
     */
    public IntrusionLogBuilder security(long nanos, String tag, String payload) {
        return line("{\"security_event\":{\"event_id\":" + nextId++ + ",\"event_time\":" + nanos + ",\""
                + tag + "\":" + payload + "}}");
    }

    /** A line as given (broken JSON, an unknown event type, anything). */
    public IntrusionLogBuilder line(String text) {
        files.computeIfAbsent(current, n -> new StringBuilder()).append(text).append('\n');
        return this;
    }

    /** Text added at the end of the current file without a line end (a line cut in half). */
    public IntrusionLogBuilder cut(String text) {
        files.computeIfAbsent(current, n -> new StringBuilder()).append(text);
        return this;
    }

    /** Writes the files into {@code dir/name} and returns that folder. */
    public Path writeFolder(Path dir, String name) throws IOException {
        Path folder = dir.resolve(name);
        Files.createDirectories(folder);
        for (Map.Entry<String, StringBuilder> e : files.entrySet()) {
            Path file = folder.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
        }
        return folder;
    }

    /** Writes the files into the zip {@code dir/name} and returns it. */
    public Path writeZip(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, StringBuilder> e : files.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue().toString().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
        }
        return zip;
    }
}
