package org.spyglass.ios.webkit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of {@code browsingStatistics} in WebKit's full_browsing_session_resourceLog.plist: a site, the sites
 * that redirected to it and that it redirected to as the top frame, and the sites it loaded in frames and as
 * resources. Fields follow MVT's names, but the domain lists are plain domain names (MVT keeps WebKit's
 * {@code {origin|domain: …}} dictionaries), and the times are instants.
 *
 * @param origin                 {@code PrevalentResourceOrigin} (or, in later WebKit, {@code PrevalentResourceDomain})
 * @param redirectSource         {@code topFrameUniqueRedirectsFrom}
 * @param redirectDestination    {@code topFrameUniqueRedirectsTo}
 * @param subframeUnderOrigin    {@code subframeUnderTopFrameOrigins} (or {@code …Domains})
 * @param subresourceUnderOrigin {@code subresourceUnderTopFrameOrigins} (or {@code …Domains})
 * @param userInteraction        {@code hadUserInteraction}, or null when absent
 * @param mostRecentInteraction  {@code mostRecentUserInteraction}, or null when never or absent
 * @param lastSeen               {@code lastSeen}, or null when absent
 * @param path                   the device path of the plist
 */
public record BrowsingStatistic(String origin, List<String> redirectSource, List<String> redirectDestination,
                                List<String> subframeUnderOrigin, List<String> subresourceUnderOrigin,
                                Boolean userInteraction, Instant mostRecentInteraction, Instant lastSeen,
                                String path) {
    public BrowsingStatistic {
        origin = origin == null ? "" : origin;
        redirectSource = List.copyOf(redirectSource);
        redirectDestination = List.copyOf(redirectDestination);
        subframeUnderOrigin = List.copyOf(subframeUnderOrigin);
        subresourceUnderOrigin = List.copyOf(subresourceUnderOrigin);
        Objects.requireNonNull(path, "path");
    }
}
