package org.spyglass.ios.applications;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/** Turns a decoded iTunesMetadata dictionary into an {@link ApplicationRecord}. Stateless. */
final class ITunesMetadata {
    static final String DOWNLOAD_INFO = "com.apple.iTunesStore.downloadInfo";

    private ITunesMetadata() {
    }

    /** {@code metadata} may be empty (an app without metadata); {@code name}, icon and path may be null. */
    static ApplicationRecord record(String name, Map<?, ?> metadata, String iconSha256, String filePath) {
        return new ApplicationRecord(name, text(metadata, "softwareVersionBundleId"), number(metadata, "itemId"),
                text(metadata, "itemName"), text(metadata, "artistName"),
                text(metadata, "bundleShortVersionString"), text(metadata, "bundleVersion"),
                text(metadata, "sourceApp"), text(metadata, "genre"), purchaseDate(metadata), iconSha256,
                filePath);
    }

    /**
     * {@code com.apple.iTunesStore.downloadInfo.purchaseDate} (an ISO-8601 string, as MVT reads it), else the
     * top-level {@code purchaseDate} (a date, or the same string form).
     */
    static Instant purchaseDate(Map<?, ?> metadata) {
        if (metadata.get(DOWNLOAD_INFO) instanceof Map<?, ?> downloadInfo) {
            Instant date = instant(downloadInfo.get("purchaseDate"));
            if (date != null) {
                return date;
            }
        }
        return instant(metadata.get("purchaseDate"));
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof String text) {
            try {
                return Instant.parse(text.strip());
            } catch (DateTimeParseException notIso) {
                return null;
            }
        }
        return null;
    }

    private static String text(Map<?, ?> metadata, String key) {
        Object value = metadata.get(key);
        return value instanceof String || value instanceof Number ? value.toString() : null;
    }

    private static Long number(Map<?, ?> metadata, String key) {
        Object value = metadata.get(key);
        if (value instanceof Number number) {
            return number.longValue();
        }
        if (value instanceof String text) {
            try {
                return Long.parseLong(text.strip());
            } catch (NumberFormatException notNumeric) {
                return null;
            }
        }
        return null;
    }
}
