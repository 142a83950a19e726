package org.spyglass.core.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds links in message text: {@code http://} and {@code https://} URLs and bare {@code www.} links, without the
 * punctuation that ends a sentence ({@code .,;:!?'"}) or a closing bracket that has no opening one in the link.
 * Stateless and thread-safe.
 */
public final class LinkExtractor {
    private static final Pattern LINK = Pattern.compile("(?i)(?:\\bhttps?://|(?<![\\w.@-])www\\.)[^\\s<>\"]+");
    private static final String TRAILING = ".,;:!?'\"";

    private LinkExtractor() {
    }

    /** The links in order of appearance, duplicates kept; empty for null or text without links. */
    public static List<String> extract(String text) {
        List<String> links = new ArrayList<>();
        if (text == null || text.isEmpty()) {
            return links;
        }
        int first = firstCandidate(text);
        if (first < 0) {
            return links;
        }
        Matcher matcher = LINK.matcher(text);
        for (boolean found = matcher.find(first); found; found = matcher.find()) {
            String link = trim(matcher.group());
            if (hasHost(link)) {
                links.add(link);
            }
        }
        return links;
    }

    /**
     * Where the first link can start: the first {@code http} or {@code www.} (in any case), or -1 when there is none,
     * which spares most texts the pattern. A cheap test for a superset of the pattern's starts; the pattern decides.
     */
    private static int firstCandidate(String text) {
        for (int i = 0; i + 4 <= text.length(); i++) {
            char c = (char) (text.charAt(i) | 0x20);
            if ((c == 'h' && text.regionMatches(true, i, "http", 0, 4))
                    || (c == 'w' && text.regionMatches(true, i, "www.", 0, 4))) {
                return i;
            }
        }
        return -1;
    }

    private static String trim(String link) {
        String trimmed = link;
        boolean changed = true;
        while (changed && !trimmed.isEmpty()) {
            changed = false;
            char last = trimmed.charAt(trimmed.length() - 1);
            if (TRAILING.indexOf(last) >= 0 || isUnbalancedClose(trimmed, last)) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
                changed = true;
            }
        }
        return trimmed;
    }

    private static boolean isUnbalancedClose(String link, char last) {
        char open = switch (last) {
            case ')' -> '(';
            case ']' -> '[';
            case '}' -> '{';
            default -> 0;
        };
        return open != 0 && count(link, open) < count(link, last);
    }

    private static long count(String text, char c) {
        return text.chars().filter(ch -> ch == c).count();
    }

    /**
     * Whether a letter or digit follows the scheme or {@code www.}. The trimming may have eaten into {@code www.}
     * itself ({@code www...} ends a sentence as {@code www}), which is no link.
     */
    private static boolean hasHost(String link) {
        int host = link.regionMatches(true, 0, "https://", 0, 8) ? 8
                : link.regionMatches(true, 0, "http://", 0, 7) ? 7 : 4;
        return link.length() > host && Character.isLetterOrDigit(link.charAt(host));
    }
}
