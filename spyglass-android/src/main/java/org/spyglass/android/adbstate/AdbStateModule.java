package org.spyglass.android.adbstate;

import java.time.Duration;
import org.spyglass.android.dumpsys.DumpstateInputs;
import org.spyglass.core.Level;
import org.spyglass.core.module.AbstractModule;
import org.spyglass.core.module.CheckContext;
import org.spyglass.core.module.Checker;
import org.spyglass.core.module.Heuristic;
import org.spyglass.core.module.Parser;
import org.spyglass.core.module.TimelineEvent;
import org.spyglass.core.module.TimelineMapper;
import org.spyglass.core.time.Times;

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

    static final Heuristic OTHER_COMPUTER = new Heuristic("android.dumpsys_adb_state.other-computer", Level.LOW,
            "A computer other than the one that made this acquisition is authorised to debug the phone over ADB. "
                    + "It may be the owner's own; if nobody recognises its user@host, it could command the phone.");
    static final Heuristic ACQUIRING_KEY_UNKNOWN = new Heuristic("android.dumpsys_adb_state.acquiring-key-unknown",
            Level.LOW, "The acquisition does not hold the ADB key of the computer that made it, so the authorised "
                    + "keys cannot be told apart from it.");

    static final Heuristic ACQUIRING_KEY_STALE = new Heuristic("android.dumpsys_adb_state.acquiring-key-stale",
            Level.INFORMATIONAL, "The keystore says the computer that made this acquisition last connected more than "
                    + "a day before the acquisition started, although the acquisition itself connected: the "
                    + "keystore was not updated, or the key recorded as the acquiring computer's is not the one used.");
    /** How much earlier than the acquisition the acquiring computer's last connection may be. */
    static final Duration STALE_AFTER = Duration.ofDays(1);

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
        return new Checker<>() {
            private AdbKey unknown;

            @Override
            public void check(AdbKey key, CheckContext context) {
                if (key.fingerprint() == null) {
                    context.heuristicAlert(INVALID_KEY, "The ADB key " + abbreviated(key.key())
                            + (key.user() == null ? "" : " of " + key.user()) + " (" + key.origin() + ") is not valid "
                            + "base64", key.lastConnection(), key);
                }
                if (stale(key)) {
                    context.heuristicAlert(ACQUIRING_KEY_STALE, "The acquiring computer's ADB key " + describe(key)
                            + " last connected on " + Times.mvt(key.lastConnection()) + " UTC, more than a day "
                            + "before the acquisition started (" + Times.mvt(key.acquired()) + " UTC)", key.lastConnection(), key);
                }
                if (!key.origin().equals("user_keys")) {
                    return;
                }
                if (AdbKey.OTHER.equals(key.computer())) {
                    context.heuristicAlert(OTHER_COMPUTER, "An authorised ADB key is not the acquiring computer's: "
                            + describe(key), key.lastConnection(), key);
                } else if (AdbKey.UNKNOWN.equals(key.computer()) && unknown == null) {
                    unknown = key;
                }
            }

            @Override
            public void finish(CheckContext context) {
                if (unknown != null) {
                    context.heuristicAlert(ACQUIRING_KEY_UNKNOWN, "The acquisition holds no adb_host_key.pub nor "
                            + "adb_host_public_key: the authorised ADB keys (the first: " + describe(unknown)
                            + ") cannot be compared with the acquiring computer's", null, unknown);
                }
            }
        };
    }

    /** A keystore entry of the acquiring computer whose last connection is over a day before the acquisition. */
    private static boolean stale(AdbKey key) {
        return key.origin().equals("keystore") && AdbKey.ACQUIRING.equals(key.computer())
                && key.lastConnection() != null && key.acquired() != null
                && key.lastConnection().isBefore(key.acquired().minus(STALE_AFTER));
    }

    private static String describe(AdbKey key) {
        return (key.fingerprint() == null ? abbreviated(key.key()) : key.fingerprint())
                + (key.user() == null ? "" : " (" + key.user() + ")");
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
