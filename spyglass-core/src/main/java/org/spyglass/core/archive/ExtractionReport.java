package org.spyglass.core.archive;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What an extraction did.
 *
 * @param format      the detected format
 * @param sha256      SHA-256 (hex) of the whole archive file as stored, read once during the extraction
 * @param archiveSize the archive's size in bytes
 * @param files       regular files written
 * @param directories folders created for folder members
 * @param bytes       bytes written in all
 * @param refused     members not extracted, counted by reason (reasons without members are absent)
 * @param stop        why the extraction ended early, or null when it read the whole archive
 * @param warnings    one warning per refusal reason (with a few example names) and one for an early stop, in that
 *                    order; bounded whatever the archive holds
 */
public record ExtractionReport(ArchiveFormat format, String sha256, long archiveSize, long files, long directories,
                               long bytes, Map<Refusal, Long> refused, Stop stop, List<ExtractionWarning> warnings) {
    public ExtractionReport {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(sha256, "sha256");
        refused = refused.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(refused));
        warnings = List.copyOf(warnings);
    }

    /** True when every member of the archive was read (some may still have been refused). */
    public boolean complete() {
        return stop == null;
    }

    /** How many members were refused for this reason. */
    public long refused(Refusal reason) {
        return refused.getOrDefault(reason, 0L);
    }
}
