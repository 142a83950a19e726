package org.spyglass.android.ab;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.spyglass.core.module.Warning;
import org.spyglass.core.source.DeviceGlob;
import org.spyglass.core.source.Source;

/**
 * Copies the wanted regular members of a backup's tar stream into a folder, refusing any whose name would land outside
 * it or that is too large; a tar that ends early or breaks is a warning, the members already kept stay. The payload
 * is left open: the caller reads the rest of the file (for its hash) and closes it.
 */
final class AbMembers {
    private AbMembers() {
    }

    static void extract(InputStream payload, Path into, List<DeviceGlob> wanted, List<Warning> warnings, Path evidence)
            throws IOException {
        String label = evidence.getFileName().toString();
        TarArchiveInputStream tar = new TarArchiveInputStream(payload);
        try {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                if (!entry.isFile()) {
                    continue;
                }
                String devicePath = "/" + entry.getName();
                if (wanted.stream().noneMatch(glob -> glob.matches(devicePath))) {
                    continue;
                }
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into) || target.equals(into) || entry.getName().startsWith("/")) {
                    warnings.add(new Warning(Source.WARNING_MODULE, label + "!/" + entry.getName(),
                            "member refused: its name leads outside the backup"));
                    continue;
                }
                if (entry.getSize() > AndroidBackupSource.MAX_MEMBER_BYTES) {
                    warnings.add(new Warning(Source.WARNING_MODULE, label + "!/" + entry.getName(),
                            "member skipped: larger than " + AndroidBackupSource.MAX_MEMBER_BYTES + " bytes"));
                    continue;
                }
                if (Files.exists(target)) {
                    warnings.add(new Warning(Source.WARNING_MODULE, label + "!/" + entry.getName(),
                            "member appears twice; the first copy is kept"));
                    continue;
                }
                Files.createDirectories(target.getParent());
                try (OutputStream out = Files.newOutputStream(target)) {
                    tar.transferTo(out);
                }
            }
        } catch (IOException e) {
            warnings.add(new Warning(Source.WARNING_MODULE, label, "the backup's content ends early or is damaged ("
                    + e.getMessage() + "); the members read before that are checked"));
        }
    }
}
