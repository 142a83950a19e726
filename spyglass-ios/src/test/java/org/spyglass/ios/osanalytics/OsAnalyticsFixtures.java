package org.spyglass.ios.osanalytics;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSDate;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * A realistic com.apple.osanalytics.addaily.plist for whole-backup tests: the network baselines of three genuine
 * processes plus one planted entry for {@code bh}, the Pegasus process of Amnesty's 2021 list that the bundled feeds
 * name.
 */
public final class OsAnalyticsFixtures {
    /** HomeDomain relative path (fileID f65b5fafc69bbd3c60be019c6e938e146825fa83). */
    public static final String RELATIVE_PATH = "Library/Preferences/com.apple.osanalytics.addaily.plist";
    public static final Instant DAY = Instant.parse("2021-07-10T00:00:00Z");
    /** Records the os_analytics_ad_daily module emits. */
    public static final int RECORDS = 4;
    /** Alerts it raises with the bundled feeds: the process bh. */
    public static final List<Level> ALERT_LEVELS = List.of(Level.CRITICAL);

    private OsAnalyticsFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        return builder.file("HomeDomain", RELATIVE_PATH, plist());
    }

    static byte[] plist() {
        NSDictionary baseline = new NSDictionary();
        baseline.put("com.apple.WebKit.Networking", entry(DAY, 52_428_800, 2_097_152, 10_485_760, 524_288));
        baseline.put("nsurlsessiond", entry(DAY, 104_857_600, 1_048_576, 0, 0));
        baseline.put("mediaserverd", entry(DAY, 4_096, 2_048, 1_024, 512));
        baseline.put("bh", entry(DAY, 1_200, 3_450_000, 900, 2_810_000));
        NSDictionary root = new NSDictionary();
        root.put("netUsageBaseline", baseline);
        root.put("version", new NSNumber(2));
        try {
            return BinaryPropertyListWriter.writeToArray(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static NSArray entry(Instant day, long wifiIn, long wifiOut, long wwanIn, long wwanOut) {
        return new NSArray(new NSDate(Date.from(day)), new NSNumber(wifiIn), new NSNumber(wifiOut),
                new NSNumber(wwanIn), new NSNumber(wwanOut));
    }
}
