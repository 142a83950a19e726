package org.spyglass.android.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spyglass.core.testing.ArchiveBuilder;

/**
 * Writes a synthetic AndroidQF acquisition ({@code packages.json}, {@code getprop.txt}, {@code ps.txt},
 * {@code settings_*.txt}, {@code acquisition.json}) inside one top folder, as AndroidQF does, as a folder or a zip.
 * The planted values come from the bundled feeds: {@link #STALKERWARE_PACKAGE} and {@link #STALKERWARE_CERT_SHA1}
 * (TheTruthSpy, ECHAP {@code ioc.yaml}), {@link #WATCHWARE_PACKAGE} (Qustodio, ECHAP {@code watchware.yaml} only) and
 * {@link #PROPERTY} (Amnesty's 2023-03-29 Android campaign).
 */
public final class AndroidqfBuilder {
    public static final String TOP = "3f2a9c1e-acquisition";
    public static final String STALKERWARE_PACKAGE = "com.thetruth";
    public static final String STALKERWARE_CERT_SHA1 = "31A6ECECD97CF39BC4126B8745CD94A7C30BF81C";
    public static final String WATCHWARE_PACKAGE = "com.qustodio.qustodioapp";
    public static final String PROPERTY = "sys.brand.note";
    public static final String PS_HEADER = "USER           PID  PPID     VSZ    RSS WCHAN            ADDR S NAME\n";

    private final Map<String, String> files = new LinkedHashMap<>();
    private final Map<String, byte[]> binaries = new LinkedHashMap<>();
    private final List<String> packages = new ArrayList<>();

    private AndroidqfBuilder() {
    }

    public static AndroidqfBuilder create() {
        return new AndroidqfBuilder();
    }

    /** A packages.json entry; {@code installer} null writes the string {@code "null"} as AndroidQF does. */
    public static String pkg(String name, String installer, boolean system, boolean disabled, String sha256,
                             String certSha1) {
        return String.format(Locale.ROOT, """
                {"name": "%s", "files": [{"path": "/data/app/%s-1/base.apk", "md5": "", "sha1": "", \
                "sha256": "%s", "certificate": {"Md5": "", "Sha1": "%s", "Sha256": "", \
                "Subject": "CN=Test"}}], "installer": "%s", "uid": 10123, "disabled": %b, "system": %b, \
                "third_party": %b}""", name, name, sha256, certSha1, installer == null ? "null" : installer, disabled,
                system, !system);
    }

    /**
     * A files.json entry as AndroidQF writes it, times in epoch seconds; {@code sha256} null leaves the digests
     * empty.
     */
    public static String fileEntry(String path, long modified, String sha256) {
        return String.format(Locale.ROOT, """
                {"path": "%s", "size": 4096, "mode": "-rwxr-xr-x", "user_id": 2000, "user_name": "shell", \
                "group_id": 2000, "group_name": "shell", "changed_time": %d, "modified_time": %d, \
                "access_time": %d, "error": "", "context": "u:object_r:shell_data_file:s0", "sha1": "", \
                "sha256": "%s", "sha512": "", "md5": ""}""", path, modified, modified, modified + 60,
                sha256 == null ? "" : sha256);
    }

    /** A process line of ps.txt under {@link #PS_HEADER}. */
    public static String process(String user, long pid, String name) {
        return String.format(Locale.ROOT, "%-10s %8d %5d %7d %6d 0                   0 S %s%n", user, pid, 1, 1000,
                100, name);
    }

    public AndroidqfBuilder pkg(String json) {
        packages.add(json);
        return this;
    }

    /** The raw packages.json, replacing the entries added with {@link #pkg(String)}. */
    public AndroidqfBuilder packagesJson(String json) {
        packages.clear();
        return file("packages.json", json);
    }

    /** getprop.txt from name-value pairs. */
    public AndroidqfBuilder getprop(String... nameValues) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < nameValues.length; i += 2) {
            text.append('[').append(nameValues[i]).append("]: [").append(nameValues[i + 1]).append("]\n");
        }
        return file("getprop.txt", text.toString());
    }

    public AndroidqfBuilder ps(String text) {
        return file("ps.txt", text);
    }

    /** settings_{namespace}.txt from key-value pairs, one {@code key=value} a line. */
    public AndroidqfBuilder settings(String namespace, String... keyValues) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            text.append(keyValues[i]).append('=').append(keyValues[i + 1]).append('\n');
        }
        return file("settings_" + namespace + ".txt", text.toString());
    }

    public AndroidqfBuilder acquisition(String started) {
        return file("acquisition.json", "{\"uuid\": \"" + TOP + "\", \"started\": \"" + started + "\"}");
    }

    /** files.json as a JSON array of the given entries (see {@link #fileEntry}). */
    public AndroidqfBuilder files(String... entries) {
        return file("files.json", "[" + String.join(",\n", entries) + "]\n");
    }

    /** root_binaries.json: the list of paths given. */
    public AndroidqfBuilder rootBinaries(String... paths) {
        return file("root_binaries.json", json(paths));
    }

    /** mounts.json: the list of {@code mount} lines given. */
    public AndroidqfBuilder mounts(String... lines) {
        return file("mounts.json", json(lines));
    }

    private static String json(String[] values) {
        StringBuilder text = new StringBuilder("[");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ").append('"').append(values[i].replace("\\", "\\\\")
                    .replace("\"", "\\\"")).append('"');
        }
        return text.append("]\n").toString();
    }

    /** dumpsys.txt as {@code dumpsys} prints it: each service's section between 79-dash lines. */
    public AndroidqfBuilder dumpsys(String... serviceBodies) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i + 1 < serviceBodies.length; i += 2) {
            text.append("-".repeat(79)).append("\nDUMP OF SERVICE ").append(serviceBodies[i]).append(":\n")
                    .append(serviceBodies[i + 1]).append(serviceBodies[i + 1].endsWith("\n") ? "" : "\n")
                    .append("--------- 0.004s was the duration of dumpsys ").append(serviceBodies[i])
                    .append(", ending at: 2024-03-02 10:15:31\n");
        }
        return file("dumpsys.txt", text.append("-".repeat(79)).append('\n').toString());
    }

    /** Any file, by its path inside the acquisition folder. */
    public AndroidqfBuilder file(String name, String content) {
        files.put(name, content);
        return this;
    }

    /** A file with binary content ({@code bugreport.zip}, {@code backup.ab}), by its path inside the folder. */
    public AndroidqfBuilder binary(String name, byte[] content) {
        binaries.put(name, content.clone());
        return this;
    }

    /** Writes {@code parent/}{@value #TOP}{@code /...} and returns {@code parent}. */
    public Path writeFolder(Path parent) throws IOException {
        for (Map.Entry<String, String> file : all().entrySet()) {
            Path target = parent.resolve(TOP).resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue(), StandardCharsets.UTF_8);
        }
        for (Map.Entry<String, byte[]> file : binaries.entrySet()) {
            Path target = parent.resolve(TOP).resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
        return parent;
    }

    /** Writes {@code dir/androidqf.zip} with every file under {@value #TOP}{@code /} and returns it. */
    public Path writeZip(Path dir) throws IOException {
        ArchiveBuilder zip = ArchiveBuilder.create();
        all().forEach((name, content) -> zip.file(TOP + "/" + name, content));
        binaries.forEach((name, content) -> zip.file(TOP + "/" + name, content));
        Files.createDirectories(dir);
        return zip.writeZip(dir.resolve("androidqf.zip"));
    }

    private Map<String, String> all() {
        Map<String, String> all = new LinkedHashMap<>(files);
        if (!packages.isEmpty()) {
            all.put("packages.json", "[\n" + String.join(",\n", packages) + "\n]\n");
        }
        return all;
    }
}
