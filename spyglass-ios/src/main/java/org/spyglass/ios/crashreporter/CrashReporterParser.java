package org.spyglass.ios.crashreporter;

import com.dd.plist.NSDictionary;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.plist.PlistParser;
import org.spyglass.core.plist.Plists;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.ios.backup.BackupFileInfo;
import org.spyglass.ios.backup.BackupSource;

/**
 * Reads the keys of the plist and, in a backup, the file's creation and modification times from Manifest.db. The
 * times are the point of this artifact (the file appeared when Pegasus wrote it), and only a backup records them
 * apart from the content, so this parser asks a {@link BackupSource} for them; on other sources they are left out,
 * because the times of an extracted file need not be the device's.
 */
final class CrashReporterParser extends PlistParser<CrashReporterSettings> {

    CrashReporterParser() {
        super("com.apple.CrashReporter.plist");
    }

    @Override
    protected void read(NSDictionary root, EvidenceFile file, ParseContext<CrashReporterSettings> context) {
        Map<String, Object> entries;
        try {
            entries = asMap(root);
        } catch (PlistException e) {
            context.warn(file.devicePath(), "com.apple.CrashReporter.plist could not be read: " + e.getMessage());
            return;
        }
        Optional<BackupFileInfo> info = fileInfo(file, context);
        Instant created = info.map(BackupFileInfo::birth).orElse(null);
        Instant modified = info.map(BackupFileInfo::lastModified).orElse(null);
        context.emit(new CrashReporterSettings(file.devicePath(), flag(entries.get("ShouldSubmit")), entries,
                created, modified));
    }

    private static Optional<BackupFileInfo> fileInfo(EvidenceFile file, ParseContext<?> context) {
        if (!(context.source() instanceof BackupSource backup) || file.id() == null) {
            return Optional.empty();
        }
        try {
            return backup.fileInfo(file);
        } catch (IOException | PlistException e) {
            context.warn(file.devicePath(), "the file's times could not be read from Manifest.db: "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(NSDictionary root) throws PlistException {
        return (Map<String, Object>) Plists.toJava(root);
    }

    private static Boolean flag(Object value) {
        if (value instanceof Boolean bool) {
            return bool;
        }
        return value instanceof Long number ? number != 0 : null;
    }
}
