package org.spyglass.ios.firefox;

import java.time.Instant;

/**
 * One visit of Firefox for iOS's browser.db ({@code visits}) with the page it went to ({@code history}). Field names
 * follow MVT's, except {@code isLocal}: MVT stores it under a misspelt key, {@code i1000000s_local}.
 *
 * @param id      {@code visits.id}
 * @param isodate {@code visits.date} (microseconds since 1970) as an instant, UTC; null when unset or implausible
 * @param url     {@code history.url}; null for a page deleted locally
 * @param title   {@code history.title}
 * @param isLocal {@code visits.is_local}: true for a visit made on this device, false for one synced from another;
 *                null when the database has no such column
 * @param type    {@code visits.type}, Firefox's visit type (1 link, 2 typed, 3 bookmark, …)
 */
public record FirefoxHistoryRecord(long id, Instant isodate, String url, String title, Boolean isLocal, Long type) {
}
