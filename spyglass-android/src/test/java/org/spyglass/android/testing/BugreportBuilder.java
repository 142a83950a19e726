package org.spyglass.android.testing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Builds a synthetic bugreport in code: a dumpstate text made of a header, a getprop block and
 * {@code DUMP OF SERVICE} sections, named by {@code main_entry.txt}, written as a zip or a folder.
 */
public final class BugreportBuilder {
    /** The name of the dumpstate text that {@code main_entry.txt} names. */
    public static final String MAIN = "bugreport-sdk_phone-UP1A.231005.007-2024-03-02-10-15-30.txt";
    public static final String SEPARATOR = "-".repeat(78);

    private final Map<String, String> properties = new LinkedHashMap<>();
    private final StringBuilder sections = new StringBuilder();
    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, LocalDateTime> times = new HashMap<>();
    private final Map<String, byte[]> binaries = new LinkedHashMap<>();
    private boolean mainEntry = true;

    private BugreportBuilder() {
        properties.put("ro.product.model", "sdk_phone");
        properties.put("ro.build.version.release", "14");
        properties.put("persist.sys.timezone", "Europe/Paris");
    }

    public static BugreportBuilder create() {
        return new BugreportBuilder();
    }

    /** Sets (or adds) a property of the getprop block. */
    public BugreportBuilder property(String name, String value) {
        properties.put(name, value);
        return this;
    }

    /** Adds a complete {@code DUMP OF SERVICE} section. */
    public BugreportBuilder service(String name, String body) {
        sections.append("DUMP OF SERVICE ").append(name).append(":\n").append(body);
        if (!body.endsWith("\n")) {
            sections.append('\n');
        }
        sections.append(SEPARATOR).append("\n");
        return this;
    }

    /** Adds raw text after the sections (a section cut short, say). */
    public BugreportBuilder raw(String text) {
        sections.append(text);
        return this;
    }

    /** Adds another file at a path inside the bugreport. */
    public BugreportBuilder file(String path, String content) {
        files.put(path, content);
        return this;
    }

    /**
     * Adds another file with a modification time: the zip entry's wall-clock time (no zone, as a phone writes it), or
     * for a folder that time in this computer's time zone, as {@code unzip} sets it.
     */
    public BugreportBuilder file(String path, String content, LocalDateTime modified) {
        times.put(path, modified);
        return file(path, content);
    }

    /** Adds a binary file (a protobuf tombstone, say) at a path inside the bugreport. */
    public BugreportBuilder file(String path, byte[] content) {
        binaries.put(path, content.clone());
        return this;
    }

    /** Leaves {@code main_entry.txt} out. */
    public BugreportBuilder withoutMainEntry() {
        mainEntry = false;
        return this;
    }

    /** The dumpstate text. */
    public String dumpstate() {
        StringBuilder text = new StringBuilder("========================================================\n"
                + "== dumpstate: 2024-03-02 10:15:30\n========================================================\n\n"
                + "------ SYSTEM PROPERTIES (getprop) ------\n");
        properties.forEach((k, v) -> text.append('[').append(k).append("]: [").append(v).append("]\n"));
        text.append("------ 0.050s was the duration of 'SYSTEM PROPERTIES' ------\n");
        text.append(sections);
        return text.toString();
    }

    private Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>();
        if (mainEntry) {
            all.put("main_entry.txt", MAIN);
        }
        all.put(MAIN, dumpstate());
        all.putAll(files);
        return all;
    }

    /** Writes the bugreport as a folder {@code name} in {@code dir} and returns it. */
    public Path writeFolder(Path dir, String name) throws IOException {
        Path root = dir.resolve(name);
        for (Map.Entry<String, String> e : all().entrySet()) {
            Path file = root.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.writeString(file, e.getValue(), StandardCharsets.UTF_8);
            if (times.containsKey(e.getKey())) {
                Files.setLastModifiedTime(file, FileTime.from(times.get(e.getKey()).atZone(ZoneId.systemDefault())
                        .toInstant()));
            }
        }
        for (Map.Entry<String, byte[]> e : binaries.entrySet()) {
            Path file = root.resolve(e.getKey());
            Files.createDirectories(file.getParent());
            Files.write(file, e.getValue());
        }
        return root;
    }

    /** Writes the bugreport as {@code name} (a zip) in {@code dir} and returns it. */
    public Path writeZip(Path dir, String name) throws IOException {
        Files.createDirectories(dir);
        Path zip = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            for (Map.Entry<String, String> e : all().entrySet()) {
                ZipEntry entry = new ZipEntry(e.getKey());
                if (times.containsKey(e.getKey())) {
                    entry.setTimeLocal(times.get(e.getKey()));
                }
                z.putNextEntry(entry);
                z.write(e.getValue().getBytes(StandardCharsets.UTF_8));
                z.closeEntry();
            }
            for (Map.Entry<String, byte[]> e : binaries.entrySet()) {
                z.putNextEntry(new ZipEntry(e.getKey()));
                z.write(e.getValue());
                z.closeEntry();
            }
        }
        return zip;
    }

    /** An old-format ({@code installed services:}) accessibility section body. */
    public static String accessibilityInstalled(String... services) {
        StringBuilder body = new StringBuilder("ACCESSIBILITY MANAGER (dumpsys accessibility)\n\n"
                + "User state[attributes:{id=0, touchExplorationEnabled=false}\n           installed services: {\n");
        for (int i = 0; i < services.length; i++) {
            body.append("     ").append(i).append(" : ").append(services[i]).append('\n');
        }
        return body.append("}]\n").toString();
    }

    /** An Android 14+ {@code Enabled services:{{pkg/svc}, ...}} accessibility section body. */
    public static String accessibilityEnabled(String... services) {
        StringBuilder body = new StringBuilder("ACCESSIBILITY MANAGER (dumpsys accessibility)\n\n"
                + "User state[\n     attributes:{id=0, touchExplorationEnabled=false}\n     Bound services:{}\n"
                + "     Enabled services:{");
        for (int i = 0; i < services.length; i++) {
            body.append(i == 0 ? "" : ", ").append('{').append(services[i]).append('}');
        }
        return body.append("}\n     Binding services:{}\n]\n").toString();
    }

    /** A {@code dumpsys adb} body whose {@code user_keys} holds these lines ({@code <base64> <user@host>}). */
    public static String adbState(String... userKeys) {
        return "ADB MANAGER STATE (dumpsys adb):\n{\n  debugging_manager={\n    connected_to_adb=true\n"
                + "    user_keys=" + String.join("\n", userKeys) + "\n\n";
    }

    /** The keystore part of a {@code dumpsys adb} body, closing what {@link #adbState} opened. */
    public static String adbKeystore(String keyAndUser, long lastConnectionMillis) {
        return "    keystore=<?xml version='1.0' encoding='utf-8' standalone='yes' ?>\n<keyStore version=\"1\">\n"
                + "<adbKey key=\"" + keyAndUser + "\" lastConnection=\"" + lastConnectionMillis + "\" />\n"
                + "</keyStore>\n\n  }\n}\n";
    }
}
