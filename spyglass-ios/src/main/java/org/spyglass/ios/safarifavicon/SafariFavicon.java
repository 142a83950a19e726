package org.spyglass.ios.safarifavicon;

import java.time.Instant;
import java.util.Objects;

/**
 * A favicon Safari fetched for a page, kept in {@code Favicons.db} even after the history is cleaned. Fields follow
 * MVT's.
 *
 * @param url                  the page's URL
 * @param iconUrl              the icon's URL
 * @param timestamp            when the icon was fetched or rejected, UTC
 * @param type                 {@code valid} (kept, {@code icon_info}) or {@code rejected}
 *                             ({@code rejected_resources})
 * @param safariFaviconDbPath  the device path of the database
 */
public record SafariFavicon(String url, String iconUrl, Instant timestamp, String type, String safariFaviconDbPath) {
    public SafariFavicon {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(safariFaviconDbPath, "safariFaviconDbPath");
    }
}
