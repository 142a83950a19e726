package org.spyglass.ios.safari;

import static org.spyglass.ios.safari.SafariSql.item;
import static org.spyglass.ios.safari.SafariSql.session;
import static org.spyglass.ios.safari.SafariSql.sessionBlob;
import static org.spyglass.ios.safari.SafariSql.tab;
import static org.spyglass.ios.safari.SafariSql.visit;

import java.time.Instant;
import java.util.List;
import org.spyglass.core.Level;
import org.spyglass.ios.safari.SafariSql.Page;
import org.spyglass.ios.testing.BackupBuilder;
import org.spyglass.ios.testing.DumpBuilder;

/**
 * Safari's History.db and BrowserState.db for a whole-backup test, each with ordinary browsing and one planted
 * trace that matches the bundled Pegasus feed (investigations/2021-07-18_nso/pegasus.stix2).
 */
public final class SafariFixtures {
    /** History.db: four ordinary visits, then the network injection of Amnesty's report (http://yahoo.fr/ sent in
     *  3 ms to a free247downloads.com exploit URL on a high port). */
    public static final int HISTORY_RECORDS = 6;
    /** The injection heuristic on the http:// visit, then the indicator match on the exploit URL, in that order. */
    public static final List<Level> HISTORY_ALERTS = List.of(Level.MEDIUM, Level.CRITICAL);
    /** BrowserState.db: three tabs; one's back-forward list holds a page on accountcanceled.com. */
    public static final int BROWSER_STATE_RECORDS = 3;
    public static final List<Level> BROWSER_STATE_ALERTS = List.of(Level.CRITICAL);
    public static final String PLANTED_HISTORY_URL = "https://bun54l2b67.get1tn0w.free247downloads.com:30495/szev4hz";
    public static final String PLANTED_TAB_URL = "https://accountcanceled.com/verify?id=7c1e";

    private static final Instant DAY = Instant.parse("2021-07-11T08:00:00Z");

    private SafariFixtures() {
    }

    /** Adds both databases at HomeDomain {@code Library/Safari/}. */
    public static BackupBuilder addTo(BackupBuilder builder) {
        SafariSql.history(builder, "Library/Safari/History.db",
                item(1, "https://www.example.org/") + item(2, "https://www.example.org/weather")
                        + item(3, "https://news.example.com/today") + item(4, "http://yahoo.fr/")
                        + item(5, PLANTED_HISTORY_URL)
                        + visit(1, 1, DAY) + visit(2, 2, DAY.plusSeconds(40))
                        + visit(3, 3, DAY.plusSeconds(600)) + visit(4, 1, DAY.plusSeconds(3600))
                        + visit(5, 4, DAY.plusSeconds(7200).plusMillis(125), null, 6L)
                        + visit(6, 5, DAY.plusSeconds(7200).plusMillis(128), 5L, null));
        SafariSql.browserState(builder, "Library/Safari/BrowserState.db",
                tab(1, "0B7F5F1C-31A4-4E8B-9D0E-6A2C1F3B4D51", "Example", "https://www.example.org/",
                        DAY.plusSeconds(60))
                        + tab(2, "6C1D2E3F-4A5B-4C6D-8E7F-9A0B1C2D3E4F", "Today", "https://news.example.com/today",
                        DAY.plusSeconds(620))
                        + tab(3, "A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D", "Weather", "https://www.example.org/weather",
                        DAY.plusSeconds(9000))
                        + session("A1B2C3D4-E5F6-4A7B-8C9D-0E1F2A3B4C5D", sessionBlob(List.of(
                        new Page("Your account", PLANTED_TAB_URL, "http://accountcanceled.com/verify?id=7c1e", 2048),
                        new Page("Weather", "https://www.example.org/weather", "https://www.example.org/weather",
                                1024)))));
        return builder;
    }

    /**
     * A History.db at {@code devicePath} of a dump with an ordinary visit an hour before {@code injection} and, at
     * {@code injection}, Amnesty's network injection: http://yahoo.fr/ sent in 3 ms to {@link #PLANTED_HISTORY_URL}.
     */
    public static DumpBuilder injection(DumpBuilder builder, String devicePath, Instant injection) {
        return builder.database(devicePath, SafariSql.schema(SafariSql.HISTORY_IOS17)
                + item(1, "https://www.example.org/") + item(4, "http://yahoo.fr/") + item(5, PLANTED_HISTORY_URL)
                + visit(1, 1, injection.minusSeconds(3600)) + visit(5, 4, injection, null, 6L)
                + visit(6, 5, injection.plusMillis(3), 5L, null));
    }
}
