package org.spyglass.ios.firefox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spyglass.core.Level;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * Firefox for iOS's browser.db for tests: the schemas (from the resources beside this class), row builders, and
 * {@link #addTo} for a whole-backup test: an ordinary browsing session with one visit to a Pegasus domain from the
 * bundled feeds, whose favicon is stored too.
 */
public final class FirefoxFixtures {
    /** browser.db schemas: version 39 as Firefox writes it, and the least the parsers can read. */
    public static final String BROWSER = "browser.sql";
    public static final String BROWSER_MINIMAL = "browser-minimal.sql";

    /** The planted trace: a page and its icon on a Pegasus domain of the 2021-07-18 NSO investigation. */
    public static final String TRACE = "https://accountcanceled.com/u8Xk2/";
    public static final String TRACE_ICON = "https://accountcanceled.com/favicon.ico";
    /** What {@link #addTo} makes firefox_history produce: 4 visits, one CRITICAL alert. */
    public static final int HISTORY_RECORDS = 4;
    public static final List<Level> HISTORY_ALERT_LEVELS = List.of(Level.CRITICAL);
    /** What {@link #addTo} makes firefox_favicon produce: 3 icons, one CRITICAL alert. */
    public static final int FAVICON_RECORDS = 3;
    public static final List<Level> FAVICON_ALERT_LEVELS = List.of(Level.CRITICAL);

    public static final Instant SESSION = Instant.parse("2021-07-11T19:40:00Z");

    private FirefoxFixtures() {
    }

    /** Adds browser.db in Firefox's app-group domain. */
    public static BackupBuilder addTo(BackupBuilder builder) {
        return builder.database(FirefoxHistoryModule.DOMAIN, FirefoxHistoryModule.RELATIVE_PATH, schema(BROWSER)
                + page(1, "https://www.example.com/", "Example Domain")
                + page(2, "https://example.org/recipes/bread", "Bread")
                + page(3, TRACE, "")
                + visit(1, 1, SESSION, 2, true)
                + visit(2, 2, SESSION.plusSeconds(120), 1, true)
                + visit(3, 3, SESSION.plusSeconds(400), 1, true)
                + visit(4, 1, SESSION.minusSeconds(86_400), 1, false)
                + icon(1, "https://www.example.com/favicon.ico", 32, SESSION)
                + icon(2, "https://example.org/apple-touch-icon.png", 180, SESSION.plusSeconds(121))
                + icon(3, TRACE_ICON, 16, SESSION.plusSeconds(401))
                + iconSite(1, 1, 1) + iconSite(2, 2, 2) + iconSite(3, 3, 3));
    }

    public static String schema(String name) {
        try {
            return SqlScript.resource(FirefoxFixtures.class, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Microseconds since 1970, as {@code visits.date} stores it. */
    public static double micros(Instant instant) {
        return instant.getEpochSecond() * 1_000_000.0 + instant.getNano() / 1000;
    }

    /** A {@code history} row of the version 39 schema. */
    public static String page(long id, String url, String title) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("guid", String.format(Locale.ROOT, "hG%010d", id));
        values.put("url", url);
        values.put("title", title);
        values.put("is_deleted", 0);
        values.put("should_upload", 1);
        return SqlScript.insert("history", values);
    }

    /** A {@code visits} row of the version 39 schema; {@code type} 1 is a link, 2 a typed URL. */
    public static String visit(long id, long siteId, Instant date, int type, boolean local) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("siteID", siteId);
        values.put("date", micros(date));
        values.put("type", type);
        values.put("is_local", local ? 1 : 0);
        return SqlScript.insert("visits", values);
    }

    /** A square {@code favicons} row of the version 39 schema ({@code type} 1, an icon), dated in Unix seconds. */
    public static String icon(long id, String url, int size, Instant date) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("id", id);
        values.put("url", url);
        values.put("width", size);
        values.put("height", size);
        values.put("type", 1);
        values.put("date", date.getEpochSecond() + date.getNano() / 1e9);
        return SqlScript.insert("favicons", values);
    }

    /** A {@code favicon_sites} row tying an icon to a page. */
    public static String iconSite(long id, long siteId, long faviconId) {
        return SqlScript.insert("favicon_sites", Map.of("id", id, "siteID", siteId, "faviconID", faviconId));
    }
}
