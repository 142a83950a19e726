package org.spyglass.ios.chrome;

import java.time.Instant;

/**
 * One visit of Chrome's History database ({@code visits}) with the page it went to ({@code urls}). Field names
 * follow MVT's.
 *
 * @param id             {@code urls.id}
 * @param url            {@code urls.url}; null when the row has none
 * @param visitId        {@code visits.id}
 * @param timestamp      {@code visits.visit_time} as stored: Chrome time, microseconds since 1601-01-01 UTC
 * @param isodate        {@code timestamp} as an instant, UTC; null when unset or implausible
 * @param redirectSource {@code visits.from_visit}, the visit that led here; 0 when none, null when the database has
 *                       no such column
 */
public record ChromeHistoryRecord(long id, String url, long visitId, Long timestamp, Instant isodate,
                                  Long redirectSource) {
}
