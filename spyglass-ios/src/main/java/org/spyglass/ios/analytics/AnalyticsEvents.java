package org.spyglass.ios.analytics;

import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.plist.KeyedArchive;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.plist.Plists;
import org.spyglass.core.source.EvidenceFile;
import org.spyglass.core.sqlite.EvidenceDatabase;
import org.spyglass.core.sqlite.Rows;
import org.spyglass.core.sqlite.SqliteParser;
import org.spyglass.core.time.Times;

/**
 * Reads the rows of the Keychain analytics databases ({@code /private/var/Keychains/Analytics/*.db}) that both
 * analytics modules use: tables {@code hard_failures}, {@code soft_failures} and {@code all_events}, each row a Unix
 * {@code timestamp} and a property-list blob {@code data} (a plain plist, or an {@code NSKeyedArchiver} one, which is
 * decoded). A database without any of the tables is an absent note; blobs that are not property lists are counted
 * in one warning per table, and the other rows are read. Stateless.
 */
final class AnalyticsEvents {
    /** The module's files. */
    static final String ARTIFACTS = "/private/var/Keychains/Analytics/*.db";
    /** The tables read, in this order. */
    static final List<String> TABLES = List.of("hard_failures", "soft_failures", "all_events");

    /** One row, decoded. */
    record Event(EvidenceFile file, String artifact, String table, Instant time, Map<String, Object> data) {
    }

    /** Receives the rows of every database, in file then table then row order. */
    @FunctionalInterface
    interface Visitor {
        void accept(Event event);
    }

    private AnalyticsEvents() {
    }

    /** Reads every database of the context, passing each decoded row to {@code visitor}. */
    static void read(ParseContext<?> context, Visitor visitor) throws IOException {
        for (EvidenceFile file : context.files()) {
            if (context.cancelled()) {
                return;
            }
            EvidenceDatabase opened = SqliteParser.open(file, context, "the analytics database");
            if (opened == null) {
                continue;
            }
            try (EvidenceDatabase database = opened) {
                List<String> tables = new ArrayList<>();
                for (String table : TABLES) {
                    if (database.hasTable(table)) {
                        tables.add(table);
                    }
                }
                if (tables.isEmpty()) {
                    context.absent(file.devicePath(), "the database has none of the tables "
                            + String.join(", ", TABLES) + ", so nothing was read from it");
                }
                for (String table : tables) {
                    readTable(database, file, table, context, visitor);
                }
            } catch (SQLException e) {
                context.warn(file.devicePath(), "the analytics database could not be read: " + e.getMessage());
            }
        }
    }

    private static void readTable(EvidenceDatabase database, EvidenceFile file, String table, ParseContext<?> context,
                                  Visitor visitor) {
        String location = file.devicePath() + ": " + table;
        String artifact = artifact(file);
        long rowsRead = 0;
        long undecodable = 0;
        String firstProblem = null;
        try (Rows rows = database.query("SELECT timestamp, data FROM " + table + " ORDER BY rowid")) {
            while (!context.cancelled() && rows.next()) {
                rowsRead++;
                Number timestamp = rows.getNumber("timestamp");
                Instant time = timestamp == null ? null : Times.fromUnixSeconds(timestamp);
                Object blob = rows.getObject("data");
                try {
                    visitor.accept(new Event(file, artifact, table, time, decode(blob)));
                } catch (PlistException e) {
                    if (undecodable++ == 0) {
                        firstProblem = e.getMessage();
                    }
                }
            }
        } catch (SQLException e) {
            context.warn(location, "reading stopped after " + rowsRead + " rows: " + e.getMessage());
        }
        if (undecodable > 0) {
            context.warn(location, undecodable + " row(s) hold data that is not a property list, so they were "
                    + "passed over; the first: " + firstProblem);
        }
    }

    /** The row's plist as plain Java values; a top level that is not a dictionary is kept under {@code value}. */
    static Map<String, Object> decode(Object blob) throws PlistException {
        if (!(blob instanceof byte[] bytes)) {
            throw new PlistException("the data column holds " + (blob == null ? "nothing" : "text or a number")
                    + ", not a property-list blob");
        }
        NSObject plist = Plists.parse(bytes);
        Object value = plist instanceof NSDictionary dictionary && dictionary.containsKey("$archiver")
                ? KeyedArchive.decode(plist) : Plists.toJava(plist);
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> data = new LinkedHashMap<>();
            map.forEach((key, item) -> data.put(String.valueOf(key), item));
            return Collections.unmodifiableMap(data);
        }
        Map<String, Object> wrapped = new LinkedHashMap<>();
        wrapped.put("value", value);
        return Collections.unmodifiableMap(wrapped);
    }

    /** The database's file name without {@code .db}, as MVT names the artifact ({@code trust_analytics}). */
    static String artifact(EvidenceFile file) {
        String name = file.name();
        return name.toLowerCase(Locale.ROOT).endsWith(".db") ? name.substring(0, name.length() - 3) : name;
    }
}
