package org.spyglass.ios.crashreporter;

import com.dd.plist.NSDictionary;
import java.io.IOException;
import java.util.Map;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.plist.PlistParser;
import org.spyglass.core.plist.Plists;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.source.FileTimes;

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
        FileTimes times = times(file, context);
        context.emit(new CrashReporterSettings(file.devicePath(), flag(entries.get("ShouldSubmit")), entries,
                times.birth(), times.modified()));
    }

    private static FileTimes times(EvidenceFile file, ParseContext<?> context) {
        try {
            return context.source().times(file);
        } catch (IOException e) {
            context.warn(file.devicePath(), "the file's times could not be read: " + e.getMessage());
            return FileTimes.UNKNOWN;
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
