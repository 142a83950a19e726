package org.spyglass.android.receivers;

import java.util.Objects;

/**
 * A broadcast receiver registered for an intent action, from {@code dumpsys package}'s receiver table.
 *
 * @param intent      the action ({@code android.provider.Telephony.SMS_RECEIVED}, ...)
 * @param packageName the app that registered it
 * @param receiver    the receiver class as printed after the {@code /} (may start with {@code .})
 * @param file        the device path of the dumpstate text
 */
public record Receiver(String intent, String packageName, String receiver, String file) {
    public Receiver {
        Objects.requireNonNull(intent, "intent");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(receiver, "receiver");
        Objects.requireNonNull(file, "file");
    }
}
