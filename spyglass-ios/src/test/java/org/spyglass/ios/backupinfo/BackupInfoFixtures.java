package org.spyglass.ios.backupinfo;

import java.time.Instant;
import org.spyglass.core.Level;
import org.spyglass.ios.testing.BackupBuilder;

/**
 * Info.plist of an iPhone 11 on iOS 14.4.2, backed up on 2021-07-18 when 14.6 was out: one record, and one LOW
 * outdated-iOS alert (14.5 had been out for 83 days). The module checks no indicators, so nothing is planted.
 */
public final class BackupInfoFixtures {
    public static final int RECORDS = 1;
    public static final Level ALERT_LEVEL = Level.LOW;
    public static final int ALERTS = 1;
    public static final String HEURISTIC = "ios.backup_info.outdated-ios";
    public static final Instant BACKUP_DATE = Instant.parse("2021-07-18T12:00:00Z");

    private BackupInfoFixtures() {
    }

    public static BackupBuilder addTo(BackupBuilder builder) {
        return builder.info("Build Version", "18D70")
                .info("Device Name", "Example iPhone")
                .info("Display Name", "Example iPhone")
                .info("GUID", "0A1B2C3D4E5F60718293A4B5C6D7E8F9")
                .info("ICCID", "8901000000000000017")
                .info("IMEI", "000000000000017")
                .info("Last Backup Date", BACKUP_DATE)
                .info("Phone Number", "+1 555 0117")
                .info("Product Name", "iPhone OS")
                .info("Product Type", "iPhone12,1")
                .info("Product Version", "14.4.2")
                .info("Serial Number", "EXAMPLE00017")
                .info("Target Identifier", "00000000000000000000000000000000000000aa")
                .info("Target Type", "Device")
                .info("Unique Identifier", "00000000000000000000000000000000000000AA")
                .info("iTunes Version", "12.11.3.17");
    }
}
