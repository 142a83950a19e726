package org.spyglass.android.activities;

import java.util.Objects;

/**
 * An activity registered for an intent action, from {@code dumpsys package}'s activity resolver table.
 *
 * @param intent      the action ({@code android.intent.action.MAIN}, ...)
 * @param packageName the app the activity belongs to
 * @param activity    the activity class as printed after the {@code /} (may start with {@code .})
 * @param file        the device path of the dumpsys text
 */
public record ResolvedActivity(String intent, String packageName, String activity, String file) {
    public ResolvedActivity {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(activity, "activity");
        Objects.requireNonNull(file, "file");
    }
}
