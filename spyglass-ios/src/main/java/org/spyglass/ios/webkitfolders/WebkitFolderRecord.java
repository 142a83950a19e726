package org.spyglass.ios.webkitfolders;

import java.time.Instant;
import java.util.Objects;

/**
 * A site WebKit kept data for, named by a folder or file inside one of its storage folders
 * ({@code https_www.example.com_0}). Fields follow MVT's, plus the entry's name.
 *
 * @param folder  the device path of the storage folder
 * @param name    the entry's name inside it
 * @param url     the site's origin spelled out from the name, e.g. {@code https://www.example.com}
 * @param isodate the entry's modification time, UTC
 */
public record WebkitFolderRecord(String folder, String name, String url, Instant isodate) {
    public WebkitFolderRecord {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
    }
}
