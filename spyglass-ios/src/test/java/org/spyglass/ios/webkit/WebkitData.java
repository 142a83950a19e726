package org.spyglass.ios.webkit;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spyglass.ios.backup.write.SqlScript;

/** Schemas, rows and plists of WebKit's resource-load statistics in tests. */
final class WebkitData {
    static final String OBSERVATIONS_IOS17 = "observations-ios17.sql";
    static final String OBSERVATIONS_IOS14 = "observations-ios14.sql";
    static final String STATISTICS = "Library/WebKit/WebsiteData/ResourceLoadStatistics/";
    static final String SAFARI = "AppDomain-com.apple.mobilesafari";

    private WebkitData() {
    }

    static String schema(String name) {
        try {
            return SqlScript.resource(WebkitData.class, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An {@code ObservedDomains} row; {@code interaction} null means "never" (WebKit writes -1), {@code webPush}
     * null leaves the column out (the iOS 14 schema has none).
     */
    static String observed(long id, String domain, Instant lastSeen, Instant interaction, Double webPush) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("domainID", id);
        values.put("registrableDomain", domain);
        values.put("lastSeen", unix(lastSeen));
        values.put("hadUserInteraction", interaction == null ? 0 : 1);
        values.put("mostRecentUserInteractionTime", interaction == null ? -1.0 : unix(interaction));
        values.put("grandfathered", 0);
        values.put("isPrevalent", 0);
        values.put("isVeryPrevalent", 0);
        values.put("dataRecordsRemoved", 0);
        values.put("timesAccessedAsFirstPartyDueToUserInteraction", 0);
        values.put("timesAccessedAsFirstPartyDueToStorageAccessAPI", 0);
        values.put("isScheduledForAllButCookieDataRemoval", 0);
        if (webPush != null) {
            values.put("mostRecentWebPushInteractionTime", webPush);
        }
        return SqlScript.insert("ObservedDomains", values);
    }

    static double unix(Instant instant) {
        return instant.toEpochMilli() / 1000.0;
    }

    /** One {@code browsingStatistics} entry in the current key spelling; null times are left out. */
    static NSDictionary statistic(String origin, List<String> from, List<String> to, List<String> subresources,
                                  Instant lastSeen, Instant interaction) {
        NSDictionary entry = new NSDictionary();
        entry.put("PrevalentResourceDomain", origin);
        if (lastSeen != null) {
            entry.put("lastSeen", unix(lastSeen));
        }
        entry.put("hadUserInteraction", interaction != null);
        entry.put("mostRecentUserInteraction", interaction == null ? 0.0 : unix(interaction));
        entry.put("grandfathered", false);
        putDomains(entry, "topFrameUniqueRedirectsFrom", "domain", from);
        putDomains(entry, "topFrameUniqueRedirectsTo", "domain", to);
        putDomains(entry, "subresourceUnderTopFrameDomains", "domain", subresources);
        entry.put("isPrevalentResource", false);
        return entry;
    }

    /** Adds a domain list as WebKit encodes it: an array of one-key dictionaries ({@code key} = origin or domain). */
    static void putDomains(NSDictionary entry, String list, String key, List<String> domains) {
        if (domains.isEmpty()) {
            return;
        }
        NSArray array = new NSArray(domains.size());
        for (int i = 0; i < domains.size(); i++) {
            NSDictionary item = new NSDictionary();
            item.put(key, domains.get(i));
            array.setValue(i, item);
        }
        entry.put(list, array);
    }

    /** A full_browsing_session_resourceLog.plist (binary) holding {@code entries}. */
    static byte[] resourceLog(NSDictionary... entries) {
        NSDictionary root = new NSDictionary();
        root.put("version", 15);
        root.put("browsingStatistics", new NSArray(entries));
        root.put("operatingDates", new NSArray(0));
        try {
            return BinaryPropertyListWriter.writeToArray(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
