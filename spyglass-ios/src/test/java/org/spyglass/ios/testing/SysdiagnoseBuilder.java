package org.spyglass.ios.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spyglass.core.testing.ArchiveBuilder;

/**
 * Writes a sysdiagnose in the layout iOS gives it: one top-level folder named
 * {@code sysdiagnose_YYYY.MM.DD_HH-MM-SS±ZZZZ_<platform>_<device>_<build>} holding {@code sysdiagnose.log},
 * {@code ps.txt}, {@code system_logs.logarchive/Extra/shutdown.log}, {@code crashes_and_spins/*.ips} and so on, as a
 * {@code .tar.gz} or as an extracted folder. Hostile members (any name, outside the folder) can be added to the
 * archive.
 */
public final class SysdiagnoseBuilder {
    /** The default name: taken on 2 March 2024 at 11:15:30 local time, UTC+01:00, iOS build 21D61. */
    public static final String NAME = "sysdiagnose_2024.03.02_11-15-30+0100_iPhone-OS_iPhone_21D61";
    public static final String SHUTDOWN_LOG = "system_logs.logarchive/Extra/shutdown.log";

    private final Map<String, byte[]> files = new LinkedHashMap<>();
    private final Map<String, byte[]> rawMembers = new LinkedHashMap<>();
    private String name = NAME;

    private SysdiagnoseBuilder() {
        file("sysdiagnose.log", "sysdiagnose version 3.0\nStarting sysdiagnose\n");
        file("system_logs.logarchive/Info.plist", "<?xml version=\"1.0\"?><plist version=\"1.0\"><dict/></plist>\n");
    }

    /** A sysdiagnose with its log and an empty logarchive, nothing else yet. */
    public static SysdiagnoseBuilder create() {
        return new SysdiagnoseBuilder();
    }

    /** Renames the top-level folder (and the archive). */
    public SysdiagnoseBuilder name(String newName) {
        this.name = newName;
        return this;
    }

    public String name() {
        return name;
    }

    /** A file at a path relative to the top-level folder. */
    public SysdiagnoseBuilder file(String relative, String content) {
        return file(relative, content.getBytes(StandardCharsets.UTF_8));
    }

    public SysdiagnoseBuilder file(String relative, byte[] content) {
        files.put(relative, content.clone());
        return this;
    }

    public SysdiagnoseBuilder shutdownLog(String content) {
        return file(SHUTDOWN_LOG, content);
    }

    public SysdiagnoseBuilder ps(String content) {
        return file("ps.txt", content);
    }

    /** A crash report in {@code crashes_and_spins/}. */
    public SysdiagnoseBuilder crashReport(String fileName, String content) {
        return file("crashes_and_spins/" + fileName, content);
    }

    /** An archive member written with exactly this name (not under the top-level folder); archives only. */
    public SysdiagnoseBuilder rawMember(String memberName, String content) {
        rawMembers.put(memberName, content.getBytes(StandardCharsets.UTF_8));
        return this;
    }

    /** Writes {@code <dir>/<name>.tar.gz} and returns it. */
    public Path writeTarGz(Path dir) throws IOException {
        ArchiveBuilder archive = ArchiveBuilder.create().directory(name);
        files.forEach((relative, content) -> archive.file(name + "/" + relative, content));
        rawMembers.forEach(archive::file);
        return archive.writeTarGz(dir.resolve(name + ".tar.gz"));
    }

    /** Writes the extracted folder {@code <dir>/<name>} and returns it. */
    public Path writeFolder(Path dir) throws IOException {
        if (!rawMembers.isEmpty()) {
            throw new IllegalStateException("raw members only exist in archives");
        }
        Path top = dir.resolve(name);
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path path = top.resolve(file.getKey());
            Files.createDirectories(path.getParent());
            Files.write(path, file.getValue());
            Files.setLastModifiedTime(path, FileTime.from(ArchiveBuilder.MODIFIED));
        }
        return top;
    }
}
