package org.spyglass.ios.backup;

import com.dd.plist.NSDictionary;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.spyglass.core.plist.PlistException;
import org.spyglass.core.plist.Plists;

/**
 * The facts a backup's {@code Info.plist} and {@code Manifest.plist} state about the device and the backup. Values
 * are shown as found: the device name and numbers are the owner's own evidence.
 */
final class BackupMetadata {
    private static final String[] INFO_KEYS = {"Device Name", "Product Type", "Product Name", "Product Version",
        "Build Version", "Last Backup Date", "Serial Number", "IMEI", "IMEI 2", "MEID", "Phone Number", "ICCID",
        "Unique Identifier"};
    private static final String[] MANIFEST_KEYS = {"IsEncrypted", "Lockdown", "Date"};

    private final Map<String, Object> info;
    private final Map<String, Object> manifest;

    private BackupMetadata(Map<String, Object> info, Map<String, Object> manifest) {
        this.info = info;
        this.manifest = manifest;
    }

    /**
     * Reads the few keys it needs (Info.plist also embeds every app's metadata, which is left alone). Either
     * dictionary may be null when its file is missing.
     */
    static BackupMetadata of(NSDictionary info, NSDictionary manifest) throws PlistException {
        return new BackupMetadata(pick(info, INFO_KEYS), pick(manifest, MANIFEST_KEYS));
    }

    boolean encrypted() {
        return Boolean.TRUE.equals(manifest.get("IsEncrypted"));
    }

    /**
     * The device facts, in a stable order: {@code device_name}, {@code product_type}, {@code product_name},
     * {@code ios_version}, {@code build_version}, {@code backup_date} (ISO-8601, UTC), {@code serial_number},
     * {@code imei}, {@code imei_2}, {@code meid}, {@code phone_number}, {@code iccid}, {@code udid},
     * {@code encrypted}; a key is left out when neither plist has it.
     */
    Map<String, String> deviceInfo() {
        Map<?, ?> lockdown = manifest.get("Lockdown") instanceof Map<?, ?> map ? map : Map.of();
        Map<String, String> facts = new LinkedHashMap<>();
        put(facts, "device_name", info.get("Device Name"), lockdown.get("DeviceName"));
        put(facts, "product_type", info.get("Product Type"), lockdown.get("ProductType"));
        put(facts, "product_name", info.get("Product Name"), null);
        put(facts, "ios_version", info.get("Product Version"), lockdown.get("ProductVersion"));
        put(facts, "build_version", info.get("Build Version"), lockdown.get("BuildVersion"));
        put(facts, "backup_date", info.get("Last Backup Date"), manifest.get("Date"));
        put(facts, "serial_number", info.get("Serial Number"), lockdown.get("SerialNumber"));
        put(facts, "imei", info.get("IMEI"), null);
        put(facts, "imei_2", info.get("IMEI 2"), null);
        put(facts, "meid", info.get("MEID"), null);
        put(facts, "phone_number", info.get("Phone Number"), null);
        put(facts, "iccid", info.get("ICCID"), null);
        put(facts, "udid", info.get("Unique Identifier"), lockdown.get("UniqueDeviceID"));
        facts.put("encrypted", Boolean.toString(encrypted()));
        return Collections.unmodifiableMap(facts);
    }

    private static void put(Map<String, String> facts, String key, Object preferred, Object fallback) {
        Object value = preferred != null ? preferred : fallback;
        if (value instanceof Instant instant) {
            facts.put(key, instant.toString());
        } else if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            facts.put(key, value.toString());
        }
    }

    private static Map<String, Object> pick(NSDictionary dictionary, String[] keys) throws PlistException {
        Map<String, Object> picked = new LinkedHashMap<>();
        if (dictionary != null) {
            for (String key : keys) {
                Object value = Plists.toJava(dictionary.get(key));
                if (value != null) {
                    picked.put(key, value);
                }
            }
        }
        return picked;
    }
}
