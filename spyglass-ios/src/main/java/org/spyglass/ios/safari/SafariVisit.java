package org.spyglass.ios.safari;

import java.time.Instant;
import java.util.Objects;

/**
 * One visit of Safari's History.db ({@code history_visits} joined to its {@code history_items} row), with the visit
 * it redirected to, looked up in the same database. Fields follow MVT's names; the last three are ours.
 *
 * @param id                          {@code history_items.id}
 * @param url                         the visited URL
 * @param visitId                     {@code history_visits.id}; unique within one database only
 * @param timestamp                   the raw {@code visit_time}: seconds since 2001-01-01 UTC, or null
 * @param isodate                     {@code timestamp} as an instant, or null when unset or out of range
 * @param redirectSource              the visit id this visit was redirected from, or null
 * @param redirectDestination         the visit id this visit redirected to, or null
 * @param redirectDestinationUrl      the URL of the {@code redirectDestination} visit, or null when there is none
 *                                    (or its row is gone)
 * @param redirectDestinationIsodate  when the {@code redirectDestination} visit happened, or null
 * @param safariHistoryDb             the device path of the History.db this visit comes from (one per profile)
 */
public record SafariVisit(long id, String url, long visitId, Double timestamp, Instant isodate, Long redirectSource,
                          Long redirectDestination, String redirectDestinationUrl,
                          Instant redirectDestinationIsodate, String safariHistoryDb) {
    public SafariVisit {
        url = url == null ? "" : url;
        Objects.requireNonNull(safariHistoryDb, "safariHistoryDb");
    }
}
