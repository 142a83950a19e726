package org.spyglass.ios.manifest;

import java.io.IOException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.module.Parser;
import org.spyglass.core.plist.PlistException;
import org.spyglass.ios.backup.BackupFileInfo;
import org.spyglass.ios.backup.BackupSource;
import org.spyglass.ios.backup.ManifestRow;
import org.spyglass.ios.backup.ManifestRows;

/**
 * Streams every row of Manifest.db into a record, keeping nothing but two counters and the first few paths of
 * files the backup should hold but does not. Those missing files (an incomplete backup: they could not be checked)
 * and undecodable {@code file} blobs are each summed up in one warning at the end, however many there are.
 */
final class ManifestParser implements Parser<ManifestRecord> {
    /** How many missing files the warning names. */
    static final int LISTED_MISSING = 20;
    private static final int CANCEL_CHECK_EVERY = 1024;

    @Override
    public void parse(ParseContext<ManifestRecord> context) throws IOException, SQLException {
        if (!(context.source() instanceof BackupSource backup)) {
            context.absent(context.source().root().toString(), "only an iTunes backup has a Manifest.db");
            return;
        }
        String location = backup.root().resolve("Manifest.db") + ": Files";
        long rows = 0;
        long missing = 0;
        List<String> firstMissing = new ArrayList<>(LISTED_MISSING);
        long undecodable = 0;
        String firstUndecodable = null;
        try (ManifestRows manifest = backup.manifestRows()) {
            for (ManifestRow row = manifest.next(); row != null; row = manifest.next()) {
                if (++rows % CANCEL_CHECK_EVERY == 0 && context.cancelled()) {
                    return;
                }
                BackupFileInfo info = null;
                try {
                    info = row.info().orElse(null);
                } catch (PlistException e) {
                    if (undecodable++ == 0) {
                        firstUndecodable = describe(row) + " (" + e.getMessage() + ")";
                    }
                }
                if (row.isMissing()) {
                    if (missing++ < LISTED_MISSING) {
                        firstMissing.add(describe(row));
                    }
                }
                context.emit(record(row, info));
            }
        }
        if (undecodable > 0) {
            context.warn(location, undecodable + " row(s) have a file blob that could not be decoded, so their "
                    + "times, size and mode are unknown; the first is " + firstUndecodable);
        }
        if (missing > 0) {
            context.warn(location, missing + " file(s) listed in Manifest.db are missing from the backup folder: "
                    + "the backup is incomplete and these files could not be checked. "
                    + (missing > LISTED_MISSING ? "The first " + LISTED_MISSING + ": " : "They are: ")
                    + String.join(", ", firstMissing));
        }
    }

    private static ManifestRecord record(ManifestRow row, BackupFileInfo info) {
        if (info == null) {
            return new ManifestRecord(row.fileId(), row.domain(), row.relativePath(), row.flags(), null, null,
                    null, null, null, null, row.devicePath());
        }
        return new ManifestRecord(row.fileId(), row.domain(), row.relativePath(), row.flags(), info.birth(),
                info.lastModified(), info.lastStatusChange(),
                info.mode() == null ? null : "0o" + Long.toOctalString(info.mode()), info.userId(), info.size(),
                row.devicePath());
    }

    private static String describe(ManifestRow row) {
        String path = row.devicePath();
        if (path == null) {
            path = String.format(Locale.ROOT, "%s/%s", row.domain(), row.relativePath());
        }
        return path + " (fileID " + row.fileId() + ")";
    }
}
