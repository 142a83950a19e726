package org.spyglass.android.adbstate;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.spyglass.android.androidqf.AndroidqfSource;
import org.spyglass.android.dumpsys.SectionParser;
import org.spyglass.core.module.ParseContext;
import org.spyglass.core.source.SourceKind;

/**
 * Reads the {@code adb} section ({@code ADB MANAGER STATE}): the {@code user_keys=} value, which is the authorised
 * keys file and goes on over the following lines (one {@code <base64> <user@host>} a line) up to the next
 * {@code name=} line, a blank line or a brace; the {@code last_key_received=} value; and each
 * {@code <adbKey key="..." lastConnection="<epoch ms>" />} of the keystore XML. A keystore stored as binary XML (ABX)
 * cannot be read as text and is reported in one warning. In an AndroidQF acquisition, each key is compared with the
 * acquiring computer's ({@link AcquiringKey}).
 */
final class AdbStateParser extends SectionParser<AdbKey> {
    static final String SECTION = "adb";
    private static final Pattern FIELD = Pattern.compile("^\\s*([a-z_]+)=(.*)$");
    private static final Pattern KEYSTORE_KEY = Pattern.compile(
            "<adbKey\\s+key=\"([^\"]*)\"(?:\\s+lastConnection=\"(\\d{1,19})\")?");

    private boolean inUserKeys;
    private boolean binaryKeystore;
    private boolean sourceRead;
    private boolean androidqf;
    private String acquiringKey;
    private Instant acquired;

    AdbStateParser() {
        super(SECTION);
    }

    @Override
    protected void begin(String file) {
        inUserKeys = false;
        binaryKeystore = false;
    }

    @Override
    protected void line(String line, long number, String file, ParseContext<AdbKey> context) {
        if (!sourceRead) {
            sourceRead = true;
            androidqf = context.source().kind() == SourceKind.ANDROID_ANDROIDQF;
            acquiringKey = androidqf ? AcquiringKey.of(context).orElse(null) : null;
            acquired = androidqf ? acquired(context) : null;
        }
        Matcher m = KEYSTORE_KEY.matcher(line);
        if (m.find()) {
            inUserKeys = false;
            String[] parts = split(m.group(1));
            context.emit(key("keystore", parts, m.group(2) == null ? null
                    : Instant.ofEpochMilli(Long.parseLong(m.group(2))), file));
            return;
        }
        m = FIELD.matcher(line);
        if (m.matches()) {
            inUserKeys = m.group(1).equals("user_keys");
            String value = m.group(2).strip();
            if ((inUserKeys || m.group(1).equals("last_key_received")) && !value.isEmpty()) {
                context.emit(key(inUserKeys ? "user_keys" : "last_key_received", split(value), null, file));
            }
            if (m.group(1).equals("keystore") && !value.startsWith("<")) {
                binaryKeystore |= !value.isEmpty();
            }
            return;
        }
        String stripped = line.strip();
        if (stripped.isEmpty() || stripped.startsWith("}") || stripped.startsWith("<")) {
            inUserKeys = false;
        } else if (inUserKeys) {
            context.emit(key("user_keys", split(stripped), null, file));
        }
    }

    private static String[] split(String value) {
        String stripped = value.strip();
        int space = stripped.indexOf(' ');
        return space < 0 ? new String[] {stripped, null}
                : new String[] {stripped.substring(0, space), stripped.substring(space + 1).strip()};
    }

    private AdbKey key(String origin, String[] parts, Instant lastConnection, String file) {
        String user = parts[1] == null || parts[1].isEmpty() ? null : parts[1];
        String computer = !androidqf ? null : acquiringKey == null ? AdbKey.UNKNOWN
                : acquiringKey.equals(parts[0]) ? AdbKey.ACQUIRING : AdbKey.OTHER;
        return new AdbKey(origin, parts[0], user, fingerprint(parts[0]), lastConnection, computer, acquired, file);
    }

    /** When the acquisition started, from the device facts; null when unknown. */
    private static Instant acquired(ParseContext<AdbKey> context) {
        String started = context.source().deviceInfo().get(AndroidqfSource.ACQUISITION_STARTED);
        try {
            return started == null ? null : Instant.parse(started);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** The MD5 of the decoded key as colon-separated hex, or null when the key is not base64. */
    static String fingerprint(String key) {
        byte[] decoded;
        try {
            decoded = Base64.getDecoder().decode(key.getBytes(StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            return null;
        }
        if (decoded.length == 0) {
            return null;
        }
        try {
            return HexFormat.ofDelimiter(":").formatHex(MessageDigest.getInstance("MD5").digest(decoded))
                    .toLowerCase(Locale.ROOT);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    @Override
    protected void finish(String file, ParseContext<AdbKey> context) {
        inUserKeys = false;
        if (binaryKeystore) {
            context.warn(file, "the ADB keystore is printed as binary XML (ABX) and could not be read: the keys it "
                    + "remembers, with their last connection, are missing");
        }
    }
}
