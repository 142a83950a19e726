package org.spyglass.ios.webkit;

import java.time.Instant;
import java.util.Objects;

/**
 * One row of WebKit's observations.db {@code ObservedDomains}: a site an app's web views loaded something from.
 * Fields follow MVT's names. Raw times are Unix seconds as stored; their {@code …Isodate} twins are null when the
 * value is unset (0 or negative) or out of range. Columns missing from older databases leave their fields null.
 *
 * @param domainId                               {@code domainID}
 * @param registrableDomain                      the site, e.g. {@code example.com}
 * @param lastSeen                               {@code lastSeen}, Unix seconds
 * @param lastSeenIsodate                        {@code lastSeen} as an instant
 * @param hadUserInteraction                     whether the user interacted with the site
 * @param mostRecentUserInteractionTime          Unix seconds, or null when the column is missing
 * @param mostRecentUserInteractionTimeIsodate   as an instant
 * @param mostRecentWebPushInteractionTime       Unix seconds, or null when the column is missing (before iOS 16.4)
 * @param mostRecentWebPushInteractionTimeIsodate as an instant
 * @param domain                                 the backup domain of the app that holds the database (e.g.
 *                                               {@code AppDomain-com.apple.mobilesafari}), or null outside backups
 * @param path                                   the device path of the observations.db
 */
public record ObservedDomain(long domainId, String registrableDomain, Double lastSeen, Instant lastSeenIsodate,
                             boolean hadUserInteraction, Double mostRecentUserInteractionTime,
                             Instant mostRecentUserInteractionTimeIsodate, Double mostRecentWebPushInteractionTime,
                             Instant mostRecentWebPushInteractionTimeIsodate, String domain, String path) {
    public ObservedDomain {
        registrableDomain = registrableDomain == null ? "" : registrableDomain;
        Objects.requireNonNull(path, "path");
    }
}
