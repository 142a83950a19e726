package org.spyglass.ios.chrome;

import java.time.Instant;

/**
 * One icon bitmap of Chrome's Favicons database with the page that showed it: {@code icon_mapping} joined to
 * {@code favicons} and {@code favicon_bitmaps} (a page whose icon has several sizes gives one record per size, as in
 * MVT). Field names follow MVT's.
 *
 * @param url       {@code icon_mapping.page_url}, the page that showed the icon
 * @param iconUrl   {@code favicons.url}, where the icon came from
 * @param timestamp {@code favicon_bitmaps.last_updated}, or {@code last_requested} when that is 0 or missing, as
 *                  stored: Chrome time, microseconds since 1601-01-01 UTC; null when neither is set
 * @param isodate   {@code timestamp} as an instant, UTC; null when unset or implausible
 */
public record ChromeFaviconRecord(String url, String iconUrl, Long timestamp, Instant isodate) {
}
