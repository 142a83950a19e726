package org.spyglass.ios.safari;

/**
 * One page of a tab's back-forward list, from the tab's session data.
 *
 * @param entryTitle       {@code SessionHistoryEntryTitle}, or null
 * @param entryUrl         {@code SessionHistoryEntryURL}, or null
 * @param entryOriginalUrl {@code SessionHistoryEntryOriginalURL} (before redirects), or null
 * @param dataLength       the size in bytes of the entry's opaque {@code SessionHistoryEntryData}, 0 when none
 */
public record SessionEntry(String entryTitle, String entryUrl, String entryOriginalUrl, long dataLength) {
}
