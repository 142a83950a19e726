package org.spyglass.ios.analytics;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which strings of an analytics plist are worth an indicator question. Most values are words, counters rendered as
 * text, error descriptions or version numbers; only single tokens shaped like a process name, a bundle id or an
 * executable path go to the process matcher, and only URLs and host names with a dot and an alphabetic top-level
 * label go to the URL matcher. Stateless and thread-safe.
 */
final class AnalyticsStrings {
    private static final int MAX_LENGTH = 1024;
    private static final Pattern PROCESS = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9._+-]{0,254}|(/[^/\\s]+)+");
    private static final Pattern LETTER = Pattern.compile(".*[A-Za-z].*");
    private static final Pattern URL = Pattern.compile("(?i)[a-z][a-z0-9+.-]*://\\S+");
    private static final Pattern HOST = Pattern.compile("(?i)([a-z0-9](?:[a-z0-9-]{0,62})\\.)+[a-z]{2,63}\\.?");

    private AnalyticsStrings() {
    }

    /** A single token such as {@code bh}, {@code com.apple.mobilesafari} or {@code /usr/libexec/securityd}. */
    static boolean looksLikeProcess(String value) {
        return value.length() <= MAX_LENGTH && PROCESS.matcher(value).matches() && LETTER.matcher(value).matches();
    }

    /** A URL with a scheme, or a host name with at least one dot whose last label is alphabetic. */
    static boolean looksLikeUrl(String value) {
        return value.length() <= MAX_LENGTH
                && (URL.matcher(value).matches() || HOST.matcher(value).matches());
    }

    /** Adds every string value (not key) found in {@code value}, at any depth, to {@code into}. */
    static void collect(Object value, Set<String> into) {
        if (value instanceof String text) {
            into.add(text);
        } else if (value instanceof Map<?, ?> map) {
            map.values().forEach(item -> collect(item, into));
        } else if (value instanceof Collection<?> items) {
            items.forEach(item -> collect(item, into));
        }
    }
}
