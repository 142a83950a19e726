package org.spyglass.core.archive;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * The names of a zip's symbolic links. A zip marks links only in its central directory, at the end of the file,
 * which a streaming reader sees too late: the stream writes each link as a small regular file holding the target's
 * name (harmless, since no link is created), and these names let the extractor delete those files afterwards.
 */
final class ZipLinks {
    private ZipLinks() {
    }

    /** The member names marked as symbolic links; empty when the central directory cannot be read (truncated). */
    static List<String> names(Path archive) {
        try (ZipFile zip = ZipFile.builder().setPath(archive).setIgnoreLocalFileHeader(true).get()) {
            List<String> links = new ArrayList<>();
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                if (entry.isUnixSymlink()) {
                    links.add(entry.getName());
                }
            }
            return links;
        } catch (IOException | RuntimeException unreadable) {
            // a truncated zip has no central directory: its links stay as harmless small files
            return List.of();
        }
    }
}
