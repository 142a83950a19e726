package org.spyglass.ios.crashwipe;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.spyglass.ios.fs.DumpEntry;
import org.spyglass.ios.fs.FilesystemDumpSource;

/**
 * The crash-log folder of a dump as it stands: its own modification time, and the files directly inside it and
 * inside its direct sub-folders ({@code Retired}, {@code DiagnosticLogs}, …), counted with the oldest one's time.
 *
 * @param path       the folder's device path
 * @param modified   its modification time
 * @param files      how many files it and its direct sub-folders hold
 * @param oldestFile the earliest modification time among them, null when there are none
 */
record CrashFolder(String path, Instant modified, int files, Instant oldestFile) {
    static final String PARENT = "/private/var/mobile/Library/Logs";
    static final String PATH = PARENT + "/CrashReporter";

    /** The folder as the dump holds it, or empty when the dump has no such folder. */
    static Optional<CrashFolder> read(FilesystemDumpSource dump) {
        Optional<DumpEntry> folder = dump.list(PARENT).stream()
                .filter(e -> e.devicePath().equals(PATH) && e.type() == DumpEntry.Type.DIRECTORY).findFirst();
        if (folder.isEmpty()) {
            return Optional.empty();
        }
        int[] files = new int[1];
        Instant[] oldest = new Instant[1];
        List<DumpEntry> children = dump.list(PATH);
        for (DumpEntry child : children) {
            if (child.type() == DumpEntry.Type.DIRECTORY) {
                dump.list(child.devicePath()).forEach(grandChild -> count(grandChild, files, oldest));
            } else {
                count(child, files, oldest);
            }
        }
        return Optional.of(new CrashFolder(PATH, folder.get().modified(), files[0], oldest[0]));
    }

    private static void count(DumpEntry entry, int[] files, Instant[] oldest) {
        if (entry.type() != DumpEntry.Type.FILE) {
            return;
        }
        files[0]++;
        if (oldest[0] == null || entry.modified().isBefore(oldest[0])) {
            oldest[0] = entry.modified();
        }
    }
}
