package org.spyglass.ios.safari;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDictionary;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.testing.BackupBuilder;

/** Schemas, rows and session blobs for Safari's databases in tests. */
final class SafariSql {
    static final String HISTORY_IOS17 = "history-ios17.sql";
    static final String HISTORY_MINIMAL = "history-minimal.sql";
    static final String BROWSER_STATE_IOS17 = "browserstate-ios17.sql";
    static final String BROWSER_STATE_TABS_ONLY = "browserstate-tabs-only.sql";

    private SafariSql() {
    }

    static String schema(String name) {
        try {
            return SqlScript.resource(SafariSql.class, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** History.db at HomeDomain {@code relativePath} ({@code Library/Safari/History.db} or a profile's). */
    static BackupBuilder history(BackupBuilder builder, String relativePath, String rows) {
        return builder.database("HomeDomain", relativePath, schema(HISTORY_IOS17) + rows);
    }

    /** A {@code history_items} row of the iOS 17 schema. */
    static String item(long id, String url) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("url", url);
        values.put("visit_count", 1);
        values.put("daily_visit_counts", new byte[0]);
        values.put("should_recompute_derived_visit_counts", 0);
        values.put("visit_count_score", 100);
        return SqlScript.insert("history_items", values);
    }

    /** A {@code history_visits} row of the iOS 17 schema; {@code source} and {@code destination} may be null. */
    static String visit(long id, long item, Instant time, Long source, Long destination) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("history_item", item);
        values.put("visit_time", SqlScript.appleSeconds(time));
        values.put("title", "Page " + id);
        values.put("redirect_source", source);
        values.put("redirect_destination", destination);
        return SqlScript.insert("history_visits", values);
    }

    /** A {@code history_visits} row that redirected nowhere. */
    static String visit(long id, long item, Instant time) {
        return visit(id, item, time, null, null);
    }

    /** BrowserState.db at HomeDomain {@code relativePath}. */
    static BackupBuilder browserState(BackupBuilder builder, String relativePath, String rows) {
        return builder.database("HomeDomain", relativePath, schema(BROWSER_STATE_IOS17)
                + "INSERT INTO browser_windows (id, uuid) VALUES (1, 'W1');\n" + rows);
    }

    /** A {@code tabs} row of the iOS 17 schema in window 1. */
    static String tab(long id, String uuid, String title, String url, Instant lastViewed) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("uuid", uuid);
        values.put("title", title);
        values.put("url", url);
        values.put("user_visible_url", url);
        values.put("order_index", id);
        values.put("last_viewed_time", lastViewed == null ? null : SqlScript.appleSeconds(lastViewed));
        values.put("browser_window_uuid", "W1");
        values.put("browser_window_id", 1);
        return SqlScript.insert("tabs", values);
    }

    /** A {@code tab_sessions} row. */
    static String session(String tabUuid, byte[] blob) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("tab_uuid", tabUuid);
        values.put("session_data", blob);
        return SqlScript.insert("tab_sessions", values);
    }

    /** A page of a back-forward list, for {@link #sessionBlob}. */
    record Page(String title, String url, String originalUrl, int dataLength) {
    }

    /** A session blob as Safari writes it: a 4-byte version header, then a binary plist. */
    static byte[] sessionBlob(List<Page> pages) {
        NSArray entries = new NSArray(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i);
            NSDictionary entry = new NSDictionary();
            entry.put("SessionHistoryEntryTitle", page.title());
            entry.put("SessionHistoryEntryURL", page.url());
            entry.put("SessionHistoryEntryOriginalURL", page.originalUrl());
            entry.put("SessionHistoryEntryData", new NSData(new byte[page.dataLength()]));
            entries.setValue(i, entry);
        }
        NSDictionary history = new NSDictionary();
        history.put("SessionHistoryCurrentIndex", pages.size() - 1);
        history.put("SessionHistoryEntries", entries);
        NSDictionary root = new NSDictionary();
        root.put("SessionHistory", history);
        root.put("IsAppInitiated", false);
        try {
            byte[] plist = BinaryPropertyListWriter.writeToArray(root);
            return ByteBuffer.allocate(4 + plist.length).putInt(2).put(plist).array();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
