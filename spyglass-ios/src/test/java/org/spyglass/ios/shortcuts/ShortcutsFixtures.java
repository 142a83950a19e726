package org.spyglass.ios.shortcuts;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSObject;
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
 * A realistic Shortcuts.sqlite for whole-backup tests: a weather shortcut that opens an example.com page, and a
 * "Track parcel" shortcut whose download action points to a subdomain of {@code accountcanceled.com}, a Pegasus
 * domain of the bundled feeds.
 */
public final class ShortcutsFixtures {
    public static final String DOMAIN = "HomeDomain";
    public static final String RELATIVE_PATH = "Library/Shortcuts/Shortcuts.sqlite";
    public static final String SCHEMA = "shortcuts-ios15.sql";
    public static final String PEGASUS_URL = "https://track.accountcanceled.com/p/7f3a";
    public static final String BENIGN_URL = "https://www.example.com/weather";
    public static final Instant WEATHER_CREATED = Instant.parse("2021-02-10T08:00:00Z");
    public static final Instant WEATHER_MODIFIED = Instant.parse("2021-02-11T18:30:00Z");
    public static final Instant PARCEL_CREATED = Instant.parse("2021-06-14T21:40:05Z");
    /** shortcuts: two shortcuts. */
    public static final int RECORDS = 2;
    /** shortcuts: the link to accountcanceled.com. */
    public static final List<Level> ALERT_LEVELS = List.of(Level.CRITICAL);

    private ShortcutsFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        return builder.database(DOMAIN, RELATIVE_PATH, schema(SCHEMA)
                + shortcut(1, "Weather", "2 actions", WEATHER_CREATED, WEATHER_MODIFIED)
                + actions(1, 1, plist(List.of(action("is.workflow.actions.weather.currentconditions", Map.of()),
                        action("is.workflow.actions.openurl", Map.of("WFInput", textToken(BENIGN_URL))))))
                + shortcut(2, "Track parcel", "Get contents of URL", PARCEL_CREATED, PARCEL_CREATED)
                + actions(2, 2, plist(List.of(action("is.workflow.actions.downloadurl",
                        Map.of("WFURL", PEGASUS_URL, "WFHTTPMethod", "GET"))))));
    }

    /** A ZSHORTCUT row of the iOS 15 schema (its actions row has the same key). */
    public static String shortcut(long id, String name, String description, Instant created, Instant modified) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Z_PK", id);
        values.put("Z_ENT", 7);
        values.put("Z_OPT", 3);
        values.put("ZACTIONCOUNT", 1);
        values.put("ZTOMBSTONED", 0);
        values.put("ZACTIONS", id);
        values.put("ZCREATIONDATE", SqlScript.appleSeconds(created));
        values.put("ZMODIFICATIONDATE", SqlScript.appleSeconds(modified));
        values.put("ZACTIONSDESCRIPTION", description);
        values.put("ZNAME", name);
        values.put("ZWORKFLOWID", String.format(Locale.ROOT, "6B1D2C3E-4F5A-4B6C-8D7E-%012d", id));
        return SqlScript.insert("ZSHORTCUT", values);
    }

    /** A ZSHORTCUTACTIONS row. */
    public static String actions(long id, long shortcut, byte[] data) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("Z_PK", id);
        values.put("Z_ENT", 8);
        values.put("Z_OPT", 1);
        values.put("ZSHORTCUT", shortcut);
        values.put("ZDATA", data);
        return SqlScript.insert("ZSHORTCUTACTIONS", values);
    }

    /** One action dictionary. */
    public static Map<String, Object> action(String identifier, Map<String, Object> parameters) {
        return Map.of("WFWorkflowActionIdentifier", identifier, "WFWorkflowActionParameters", parameters);
    }

    /** A text field as the Shortcuts app stores text that may hold variables. */
    public static Map<String, Object> textToken(String text) {
        return Map.of("Value", Map.of("string", text, "attachmentsByRange", Map.of()),
                "WFSerializationType", "WFTextTokenString");
    }

    /** A schema from this package's test resources. */
    public static String schema(String name) {
        try {
            return SqlScript.resource(ShortcutsFixtures.class, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
