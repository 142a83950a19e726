package org.spyglass.android.adbstate;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * An ADB public key the phone knows, from {@code dumpsys adb}.
 *
 * @param origin         {@code user_keys} (the authorised keys file), {@code keystore} (the keys remembered with
 *                       their last connection) or {@code last_key_received}
 * @param key            the key, base64 as printed
 * @param user           the {@code user@host} comment after the key, or null
 * @param fingerprint    the MD5 of the decoded key as colon-separated lower-case hex (as Android shows it), or null
 *                       when the key is not valid base64
 * @param lastConnection when the computer holding it last connected (UTC; the keystore keeps epoch milliseconds), or
 *                       null
 * @param computer       in an AndroidQF acquisition: {@value #ACQUIRING} when the key is that of the computer that
 *                       made the acquisition, {@value #OTHER} when not, {@value #UNKNOWN} when the acquisition does not
 *                       hold its key; null for a bugreport
 * @param acquired       in an AndroidQF acquisition, when it started (UTC, {@code acquisition_started} of the device
 *                       facts), or null
 * @param file           the device path of the dumpsys text
 */
public record AdbKey(String origin, String key, String user, String fingerprint, Instant lastConnection,
                     String computer, Instant acquired, String file) {
    public static final String ACQUIRING = "acquiring";
    public static final String OTHER = "other";
    public static final String UNKNOWN = "unknown";
    static final Set<String> ORIGINS = Set.of("user_keys", "keystore", "last_key_received");

    public AdbKey {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(file, "file");
        if (!ORIGINS.contains(origin)) {
            throw new IllegalArgumentException("not a key origin: " + origin);
        }
        if (computer != null && !Set.of(ACQUIRING, OTHER, UNKNOWN).contains(computer)) {
            throw new IllegalArgumentException("not a computer: " + computer);
        }
    }
}
