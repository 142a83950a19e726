package org.spyglass.ios.preferences;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spyglass.core.Level;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * A realistic .GlobalPreferences.plist for whole-backup tests: language and locale settings and Lockdown Mode on.
 * The module checks no indicators, so nothing is planted; Lockdown Mode raises its INFORMATIONAL note.
 */
public final class PreferencesFixtures {
    public static final String DOMAIN = "HomeDomain";
    public static final String RELATIVE_PATH = "Library/Preferences/.GlobalPreferences.plist";
    /** global_preferences: one record per key. */
    public static final int RECORDS = 5;
    /** global_preferences: Lockdown Mode is enabled. */
    public static final List<Level> ALERT_LEVELS = List.of(Level.INFORMATIONAL);

    private PreferencesFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        return builder.file(DOMAIN, RELATIVE_PATH, plist(preferences(true)));
    }

    /** The plist's keys; {@code lockdownMode} null leaves the key out. */
    public static Map<String, Object> preferences(Boolean lockdownMode) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("AppleLanguages", List.of("en-US", "fr-FR"));
        root.put("AppleLocale", "en_US");
        root.put("AppleICUForce24HourTime", true);
        root.put("AppleLanguagesSchemaVersion", 3000);
        if (lockdownMode != null) {
            root.put("LDMGlobalEnabled", lockdownMode);
        }
        return root;
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
