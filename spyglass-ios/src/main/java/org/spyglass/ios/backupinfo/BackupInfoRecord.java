package org.spyglass.ios.backupinfo;

import java.time.Instant;
import java.util.List;

/**
 * The device and backup facts of a backup's {@code Info.plist}, one field per key MVT reports (renamed to
 * snake_case by the writers: {@code Build Version} → {@code build_version}), plus the model's marketing name. Any
 * field may be null when Info.plist lacks the key. These are the owner's own identifiers: shown as found.
 *
 * @param buildVersion          {@code Build Version}, e.g. {@code 18H17}
 * @param deviceName            {@code Device Name}, the name the owner gave the phone
 * @param displayName           {@code Display Name}
 * @param guid                  {@code GUID}
 * @param iccid                 {@code ICCID} (SIM card)
 * @param imei                  {@code IMEI}
 * @param meid                  {@code MEID}
 * @param installedApplications {@code Installed Applications}: bundle ids, in Info.plist order
 * @param lastBackupDate        {@code Last Backup Date}, UTC
 * @param phoneNumber           {@code Phone Number}
 * @param productName           {@code Product Name}, e.g. {@code iPhone OS}
 * @param productType           {@code Product Type}, the hardware identifier, e.g. {@code iPhone12,1}
 * @param modelName             the marketing name of {@code productType} ({@code iPhone 11}), null when unknown
 * @param productVersion        {@code Product Version}: the iOS version, e.g. {@code 14.8}
 * @param serialNumber          {@code Serial Number}
 * @param targetIdentifier      {@code Target Identifier}
 * @param targetType            {@code Target Type}, e.g. {@code Device}
 * @param uniqueIdentifier      {@code Unique Identifier} (the UDID)
 * @param itunesVersion         {@code iTunes Version} of the computer that made the backup
 */
public record BackupInfoRecord(String buildVersion, String deviceName, String displayName, String guid,
                               String iccid, String imei, String meid, List<String> installedApplications,
                               Instant lastBackupDate, String phoneNumber, String productName, String productType,
                               String modelName, String productVersion, String serialNumber,
                               String targetIdentifier, String targetType, String uniqueIdentifier,
                               String itunesVersion) {
    public BackupInfoRecord {
        installedApplications = installedApplications == null ? List.of() : List.copyOf(installedApplications);
    }
}
