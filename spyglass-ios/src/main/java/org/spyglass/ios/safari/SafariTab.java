package org.spyglass.ios.safari;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One open tab of Safari's BrowserState.db with the pages of its back-forward list. Fields follow MVT's names.
 *
 * @param tabTitle             the tab's title, or null
 * @param tabUrl               the tab's URL, or null
 * @param tabVisibleUrl        the URL shown in the address bar ({@code user_visible_url}), or null
 * @param lastViewedTimestamp  when the tab was last looked at, UTC, or null
 * @param sessionData          the back-forward list, oldest first; empty when the tab has no readable session data
 * @param safariBrowserStateDb the device path of the BrowserState.db the tab comes from (one per profile)
 */
public record SafariTab(String tabTitle, String tabUrl, String tabVisibleUrl, Instant lastViewedTimestamp,
                        List<SessionEntry> sessionData, String safariBrowserStateDb) {
    public SafariTab {
        sessionData = List.copyOf(sessionData);
        Objects.requireNonNull(safariBrowserStateDb, "safariBrowserStateDb");
    }
}
