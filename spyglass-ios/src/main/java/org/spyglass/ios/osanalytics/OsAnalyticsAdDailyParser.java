package org.spyglass.ios.osanalytics;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import java.time.Instant;
import java.util.Map;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.plist.PlistParser;
import org.spyglass.core.plist.Plists;
import org.spyglass.core.source.EvidenceFile;

/**
 * Emits one record per entry of {@code netUsageBaseline}: process → [date, wifi in, wifi out, wwan in, wwan out].
 * A plist without that dictionary is an absence note; an entry that is not such an array is a warning.
 */
final class OsAnalyticsAdDailyParser extends PlistParser<NetUsageBaseline> {
    private static final String BASELINE = "netUsageBaseline";
    private static final int VALUES = 5;

    OsAnalyticsAdDailyParser() {
        super("com.apple.osanalytics.addaily.plist");
    }

    @Override
    protected void read(NSDictionary root, EvidenceFile file, ParseContext<NetUsageBaseline> context) {
        if (!(root.get(BASELINE) instanceof NSDictionary baseline) || baseline.count() == 0) {
            context.absent(file.devicePath(), "com.apple.osanalytics.addaily.plist has no " + BASELINE
                    + " entries, so nothing was read");
            return;
        }
        for (Map.Entry<String, NSObject> entry : baseline.entrySet()) {
            String where = file.devicePath() + ": " + BASELINE + "." + entry.getKey();
            if (!(entry.getValue() instanceof NSArray array) || array.count() < VALUES) {
                context.warn(where, "expected an array of a date and four byte counts");
                continue;
            }
            NSObject[] values = array.getArray();
            context.emit(new NetUsageBaseline(entry.getKey(), time(values[0], where, context),
                    count(values[1], where, context), count(values[2], where, context),
                    count(values[3], where, context), count(values[4], where, context)));
        }
    }

    private static Instant time(NSObject value, String where, ParseContext<NetUsageBaseline> context) {
        if (!Plists.isTime(value)) {
            context.warn(where, "the first value is not a date");
        }
        return Plists.appleTime(value);
    }

    private static Long count(NSObject value, String where, ParseContext<NetUsageBaseline> context) {
        if (value instanceof NSNumber number && !number.isBoolean()) {
            return number.isInteger() ? number.longValue() : Math.round(number.doubleValue());
        }
        context.warn(where, "a byte count is not a number");
        return null;
    }
}
