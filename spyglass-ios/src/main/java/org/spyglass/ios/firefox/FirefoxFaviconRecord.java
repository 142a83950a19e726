package org.spyglass.ios.firefox;

import java.time.Instant;

/**
 * One favicon of Firefox for iOS's browser.db with a page that showed it: {@code favicons ⋈ favicon_sites ⋈
 * history}. Field names follow MVT's.
 *
 * @param id         {@code favicons.id}
 * @param url        {@code favicons.url}, where the icon came from
 * @param width      {@code favicons.width} in pixels, or null
 * @param height     {@code favicons.height} in pixels, or null
 * @param type       {@code favicons.type}, Firefox's icon type
 * @param isodate    {@code favicons.date} (seconds since 1970) as an instant, UTC; null when unset or implausible
 * @param historyId  {@code history.id} of the page
 * @param historyUrl {@code history.url} of the page; null for a page deleted locally
 */
public record FirefoxFaviconRecord(long id, String url, Long width, Long height, Long type, Instant isodate,
                                   long historyId, String historyUrl) {
}
