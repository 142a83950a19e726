package org.spyglass.ios.crashreporter;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spyglass.core.Level;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * The trace Pegasus left according to Amnesty's methodology: com.apple.CrashReporter.plist in RootDomain with
 * crash reporting turned off. The module checks no indicators; the file raises its MEDIUM heuristic.
 */
public final class CrashReporterFixtures {
    public static final String DOMAIN = "RootDomain";
    public static final String RELATIVE_PATH = "Library/Preferences/com.apple.CrashReporter.plist";
    /** crash_reporter: one file. */
    public static final int RECORDS = 1;
    /** crash_reporter: crash reporting turned off. */
    public static final List<Level> ALERT_LEVELS = List.of(Level.MEDIUM);

    private CrashReporterFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        return builder.file(DOMAIN, RELATIVE_PATH, plist(settings(false)));
    }

    /** The plist as Pegasus wrote it ({@code false}) or as developer devices have it ({@code true}). */
    public static Map<String, Object> settings(boolean shouldSubmit) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("ShouldSubmit", shouldSubmit);
        return root;
    }

    /** A binary plist of plain Java values. */
    public static byte[] plist(Object root) {
        try {
            return BinaryPropertyListWriter.writeToArray(NSObject.fromJavaObject(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
