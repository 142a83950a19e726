package org.spyglass.ios.webkit;

import com.dd.plist.NSArray;
import com.dd.plist.NSDate;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.plist.PlistParser;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.time.Times;

/**
 * Reads {@code browsingStatistics} of a full_browsing_session_resourceLog.plist. WebKit renamed its keys over time
 * ({@code …Origin(s)} became {@code …Domain(s)}, and the items of a domain list hold an {@code origin} or a
 * {@code domain}); both spellings are read. Times are Unix seconds (a real), or a date in some files.
 */
final class SessionResourceLogParser extends PlistParser<BrowsingStatistic> {
    private static final String STATISTICS = "browsingStatistics";

    SessionResourceLogParser() {
        super("full_browsing_session_resourceLog.plist");
    }

    @Override
    protected void read(NSDictionary root, EvidenceFile file, ParseContext<BrowsingStatistic> context) {
        String location = file.devicePath();
        if (!(root.get(STATISTICS) instanceof NSArray statistics)) {
            context.absent(location, root.containsKey(STATISTICS)
                    ? STATISTICS + " is not a list, so nothing was read"
                    : "the log has no " + STATISTICS + ", so nothing was read");
            return;
        }
        int skipped = 0;
        for (NSObject item : statistics.getArray()) {
            if (context.cancelled()) {
                return;
            }
            if (item instanceof NSDictionary entry) {
                context.emit(statistic(entry, location));
            } else {
                skipped++;
            }
        }
        if (skipped > 0) {
            context.warn(location + ": " + STATISTICS, skipped + " entries are not dictionaries and were skipped");
        }
    }

    private static BrowsingStatistic statistic(NSDictionary entry, String path) {
        String origin = text(entry.get("PrevalentResourceOrigin"));
        if (origin == null) {
            origin = text(entry.get("PrevalentResourceDomain"));
        }
        Boolean interaction = entry.get("hadUserInteraction") instanceof NSNumber number && number.isBoolean()
                ? number.boolValue() : null;
        return new BrowsingStatistic(origin, domains(entry, "topFrameUniqueRedirectsFrom"),
                domains(entry, "topFrameUniqueRedirectsTo"),
                domains(entry, "subframeUnderTopFrameOrigins", "subframeUnderTopFrameDomains"),
                domains(entry, "subresourceUnderTopFrameOrigins", "subresourceUnderTopFrameDomains"), interaction,
                time(entry.get("mostRecentUserInteraction")), time(entry.get("lastSeen")), path);
    }

    /** The domains of the lists under {@code keys}: items are {@code {origin: d}}, {@code {domain: d}} or {@code d}. */
    private static List<String> domains(NSDictionary entry, String... keys) {
        List<String> domains = new ArrayList<>();
        for (String key : keys) {
            if (entry.get(key) instanceof NSArray array) {
                for (NSObject item : array.getArray()) {
                    String domain = item instanceof NSDictionary dictionary
                            ? firstText(dictionary.get("origin"), dictionary.get("domain")) : text(item);
                    if (domain != null && !domain.isBlank()) {
                        domains.add(domain);
                    }
                }
            }
        }
        return domains;
    }

    private static String firstText(NSObject first, NSObject second) {
        String text = text(first);
        return text != null ? text : text(second);
    }

    private static String text(NSObject object) {
        return object instanceof NSString string ? string.getContent() : null;
    }

    /** Unix seconds or a date; null for absent, "never" (0 or negative) and out of range. */
    private static Instant time(NSObject object) {
        if (object instanceof NSNumber number && !number.isBoolean()) {
            double seconds = number.doubleValue();
            return seconds <= 0 ? null : Times.fromUnixSeconds(seconds);
        }
        if (object instanceof NSDate date) {
            return Times.fromUnixSeconds(date.getDate().getTime() / 1000.0);
        }
        return null;
    }
}
