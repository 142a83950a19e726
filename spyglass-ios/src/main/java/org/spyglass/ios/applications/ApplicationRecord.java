package org.spyglass.ios.applications;

import java.time.Instant;

/**
 * One installed app, from its iTunes metadata (the App Store's receipt of the download). Fields keep the metadata's
 * key names (the writers render them snake_case). Any field may be null: sideloaded and some system apps carry
 * little or no metadata.
 *
 * @param name                     the app's key in the backup's Info.plist {@code Applications} (its bundle id);
 *                                 null for a full filesystem dump
 * @param softwareVersionBundleId  the bundle id the metadata names
 * @param itemId                   the App Store item id
 * @param itemName                 the app's name in the store
 * @param artistName               the developer
 * @param bundleShortVersionString the user-visible version
 * @param bundleVersion            the build version
 * @param sourceApp                the app that installed it ({@code com.apple.AppStore}, {@code com.apple.dmd}, …)
 * @param genre                    the store category
 * @param isodate                  when it was purchased or downloaded, UTC
 * @param iconSha256               SHA-256 (hex) of the backup's {@code PlaceholderIcon}, null when none
 * @param filePath                 the {@code iTunesMetadata.plist} device path on a filesystem dump; null in backups
 */
public record ApplicationRecord(String name, String softwareVersionBundleId, Long itemId, String itemName,
                                String artistName, String bundleShortVersionString, String bundleVersion,
                                String sourceApp, String genre, Instant isodate, String iconSha256,
                                String filePath) {

    /** The best identifier for messages: the bundle id, else the Info.plist key, else the file. */
    public String label() {
        return softwareVersionBundleId != null ? softwareVersionBundleId : name != null ? name : filePath;
    }
}
