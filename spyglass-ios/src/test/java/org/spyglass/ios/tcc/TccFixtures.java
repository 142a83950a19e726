package org.spyglass.ios.tcc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.spyglass.core.Level;
import org.spyglass.ios.backup.write.SqlScript;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * A realistic TCC.db (iOS 14, schema v3) for whole-backup tests: four ordinary permissions and one microphone grant
 * to {@value #PLANTED_CLIENT}, a program named after {@code roleaccountd}, a Pegasus process of Amnesty's 2021
 * investigation (in the bundled {@code pegasus.stix2}), in Pegasus's staging folder.
 */
public final class TccFixtures {
    public static final String DOMAIN = "HomeDomain";
    public static final String RELATIVE_PATH = "Library/TCC/TCC.db";
    public static final String SCHEMA = "tcc-v3-ios14.sql";
    public static final String PLANTED_CLIENT = "/private/var/db/com.apple.xpc.roleaccountd.staging/roleaccountd";
    public static final Instant PLANTED_TIME = Instant.parse("2021-07-01T03:13:02Z");
    /** Records the module emits for this artifact. */
    public static final int RECORDS = 5;
    /**
     * The alerts the planted grant raises with the bundled feeds, in order: the process name, then the microphone
     * grant to a program that is not an app.
     */
    public static final List<Level> ALERT_LEVELS = List.of(Level.CRITICAL, Level.MEDIUM);

    /** {@code auth_value} and {@code auth_reason} codes of schema v3. */
    public static final int DENIED = 0;
    public static final int ALLOWED = 2;
    public static final int LIMITED = 3;
    public static final int USER_CONSENT = 2;
    public static final int SYSTEM_SET = 4;

    private TccFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        return builder.database(DOMAIN, RELATIVE_PATH, schema(SCHEMA)
                + access("kTCCServiceMicrophone", "net.whatsapp.WhatsApp", 0, ALLOWED, USER_CONSENT,
                Instant.parse("2020-11-02T10:00:00Z"))
                + access("kTCCServiceCamera", "net.whatsapp.WhatsApp", 0, ALLOWED, USER_CONSENT,
                Instant.parse("2020-11-02T10:00:05Z"))
                + access("kTCCServicePhotos", "org.example.notes", 0, LIMITED, USER_CONSENT,
                Instant.parse("2021-01-15T12:30:00Z"))
                + access("kTCCServiceAddressBook", "org.example.notes", 0, DENIED, USER_CONSENT,
                Instant.parse("2021-01-15T12:31:00Z"))
                + access("kTCCServiceMicrophone", PLANTED_CLIENT, 1, ALLOWED, SYSTEM_SET, PLANTED_TIME));
    }

    /** An {@code access} row of schema v3. */
    public static String access(String service, String client, int clientType, int authValue, int authReason,
                                Instant modified) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("service", service);
        values.put("client", client);
        values.put("client_type", clientType);
        values.put("auth_value", authValue);
        values.put("auth_reason", authReason);
        values.put("auth_version", 1);
        values.put("flags", 0);
        values.put("last_modified", modified.getEpochSecond());
        return SqlScript.insert("access", values);
    }

    static String schema(String name) {
        try {
            return SqlScript.resource(TccFixtures.class, name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
