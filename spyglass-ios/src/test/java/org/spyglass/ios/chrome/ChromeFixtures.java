package org.spyglass.ios.chrome;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spyglass.core.Level;
import org.spyglass.core.time.Times;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * Chrome for iOS's History and Favicons databases for tests: the schemas (from the resources beside this class),
 * row builders, and {@link #addTo} for a whole-backup test: an ordinary browsing session with one visit to, and one
 * favicon of, a Pegasus domain from the bundled feeds.
 */
public final class ChromeFixtures {
    /** History schemas. */
    public static final String HISTORY = "history.sql";
    /** Favicons schemas: version 9 (current) and version 7 (before {@code last_requested}). */
    public static final String FAVICONS_V9 = "favicons-v9.sql";
    public static final String FAVICONS_V7 = "favicons-v7.sql";

    /** The planted History trace: a Pegasus domain of the 2021-07-18 NSO investigation. */
    public static final String HISTORY_TRACE = "https://accountcanceled.com/u8Xk2/";
    /** The planted Favicons trace: another Pegasus domain of the same investigation, as the page URL. */
    public static final String FAVICON_TRACE = "https://accountnotify.com/verify/3f1b";
    /** What {@link #addTo} makes chrome_history produce: 4 visits, one CRITICAL alert. */
    public static final int HISTORY_RECORDS = 4;
    public static final List<Level> HISTORY_ALERT_LEVELS = List.of(Level.CRITICAL);
    /** What {@link #addTo} makes chrome_favicon produce: 4 bitmaps, one CRITICAL alert. */
    public static final int FAVICON_RECORDS = 4;
    public static final List<Level> FAVICON_ALERT_LEVELS = List.of(Level.CRITICAL);

    public static final Instant SESSION = Instant.parse("2021-07-10T08:15:00Z");

    private ChromeFixtures() {
    }

    /** Adds History and Favicons in Chrome's backup domain. */
    public static BackupBuilder addTo(BackupBuilder builder) {
        return builder
                .database(ChromeHistoryModule.DOMAIN, ChromeHistoryModule.RELATIVE_PATH, schema(HISTORY)
                        + url(1, "https://www.example.com/", "Example Domain", SESSION.plusSeconds(900))
                        + url(2, "https://example.org/news/weather", "Weather", SESSION.plusSeconds(60))
                        + url(3, HISTORY_TRACE, "", SESSION.plusSeconds(300))
                        + visit(1, 1, SESSION, 0)
                        + visit(2, 2, SESSION.plusSeconds(60), 1)
                        + visit(3, 3, SESSION.plusSeconds(300), 0)
                        + visit(4, 1, SESSION.plusSeconds(900), 0))
                .database(ChromeFaviconModule.DOMAIN, ChromeFaviconModule.RELATIVE_PATH, schema(FAVICONS_V9)
                        + icon(1, "https://www.example.com/favicon.ico")
                        + icon(2, "https://example.org/favicon.ico")
                        + icon(3, "https://accountnotify.com/favicon.ico")
                        + mapping(1, "https://www.example.com/", 1)
                        + mapping(2, "https://example.org/news/weather", 2)
                        + mapping(3, FAVICON_TRACE, 3)
                        + bitmap(1, 1, 16, SESSION, SESSION.plusSeconds(900))
                        + bitmap(2, 1, 32, SESSION, SESSION.plusSeconds(900))
                        + bitmap(3, 2, 16, SESSION.plusSeconds(60), null)
                        + bitmap(4, 3, 16, null, SESSION.plusSeconds(400)));
    }

    public static String schema(String name) {
        try {
            return SqlScript.resource(ChromeFixtures.class, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Chrome time: microseconds since 1601-01-01 UTC. */
    public static long chromeTime(Instant instant) {
        return instant.getEpochSecond() * 1_000_000L + instant.getNano() / 1000 + Times.WEBKIT_EPOCH_OFFSET_MICROS;
    }

    /** A {@code urls} row. */
    public static String url(long id, String url, String title, Instant lastVisit) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("url", url);
        values.put("title", title);
        values.put("visit_count", 1);
        values.put("last_visit_time", chromeTime(lastVisit));
        return SqlScript.insert("urls", values);
    }

    /** A {@code visits} row of a link click ({@code transition} 0); {@code fromVisit} 0 for none. */
    public static String visit(long id, long urlId, Instant time, long fromVisit) {
        return visitAt(id, urlId, chromeTime(time), fromVisit);
    }

    /** A {@code visits} row with a raw Chrome time. */
    public static String visitAt(long id, long urlId, long chromeTime, long fromVisit) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("url", urlId);
        values.put("visit_time", chromeTime);
        values.put("from_visit", fromVisit);
        values.put("transition", 805_306_368);
        return SqlScript.insert("visits", values);
    }

    /** A {@code favicons} row. */
    public static String icon(long id, String url) {
        return SqlScript.insert("favicons", Map.of("id", id, "url", url));
    }

    /** An {@code icon_mapping} row. */
    public static String mapping(long id, String pageUrl, long iconId) {
        return SqlScript.insert("icon_mapping", Map.of("id", id, "page_url", pageUrl, "icon_id", iconId));
    }

    /** A {@code favicon_bitmaps} row of the version 9 schema; a null time is stored as 0, Chrome's "never". */
    public static String bitmap(long id, long iconId, int size, Instant updated, Instant requested) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("icon_id", iconId);
        values.put("last_updated", updated == null ? 0L : chromeTime(updated));
        values.put("image_data", new byte[] {(byte) 0x89, 'P', 'N', 'G'});
        values.put("width", size);
        values.put("height", size);
        values.put("last_requested", requested == null ? 0L : chromeTime(requested));
        return SqlScript.insert("favicon_bitmaps", values);
    }
}
