package org.spyglass.core.ioc.load;

import java.util.List;
import java.util.Objects;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.internal.CompactEntries;
import org.spyglass.core.module.Warning;

/**
 * The result of reading one indicator file.
 *
 * @param file     what the file holds, for listings and reports
 * @param entries  every usable indicator of the file, in file order (a value named by two apps appears twice)
 * @param warnings indicators that were skipped and why (each names the file and, for STIX, the indicator id)
 */
public record LoadedFile(FeedFile file, List<FeedEntry> entries, List<Warning> warnings) {
    public LoadedFile {
        Objects.requireNonNull(file, "file");
        entries = entries instanceof CompactEntries ? entries : List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }
}
