package org.spyglass.android.adbstate;

import org.spyglass.android.dumpsys.DumpstateInputs;
import org.spyglass.core.Level;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;

/**
 * The ADB keys the phone authorised ({@code dumpsys adb}): each key with its {@code user@host} and fingerprint, for a
 * person to recognise the computers that could command the phone over USB or Wi-Fi; a key that is not valid base64
 * flagged; each keystore key's last connection on the timeline. Runs on a bugreport's dumpstate text and on an
 * AndroidQF {@code dumpsys.txt}.
 */
public final class AdbStateModule extends AbstractModule<AdbKey> {
    public static final String NAME = "dumpsys_adb_state";
    static final Heuristic INVALID_KEY = new Heuristic("android.dumpsys_adb_state.invalid-key", Level.LOW,
            "An authorised ADB key is not a valid key. Android writes these itself, so a damaged or hand-edited "
                    + "entry is worth a look.");

    public AdbStateModule() {
        super(NAME, AdbKey.class, "Authorised ADB keys (dumpsys adb): computers allowed to debug the phone",
                DumpstateInputs.KINDS, DumpstateInputs.FILES);
    }

    @Override
    public Parser<AdbKey> parser() {
        return new AdbStateParser();
    }

    @Override
    public Checker<AdbKey> checker() {
        return (key, context) -> {
            if (key.fingerprint() == null) {
                context.heuristicAlert(INVALID_KEY, "The ADB key " + abbreviated(key.key())
                        + (key.user() == null ? "" : " of " + key.user()) + " (" + key.origin() + ") is not valid "
                        + "base64", key.lastConnection(), key);
            }
        };
    }

    private static String abbreviated(String key) {
        return key.length() <= 24 ? key : key.substring(0, 24) + "…";
    }

    /** One {@code adb_last_connection} event per keystore key with a last connection (an absolute time). */
    @Override
    public TimelineMapper<AdbKey> timeline() {
        return (key, out) -> {
            if (key.lastConnection() != null) {
                out.accept(new TimelineEvent(key.lastConnection(), NAME, "adb_last_connection", "Last ADB "
                        + "connection of the computer with key " + (key.fingerprint() == null ? abbreviated(key.key())
                        : key.fingerprint()) + (key.user() == null ? "" : " (" + key.user() + ")")));
            }
        };
    }
}
