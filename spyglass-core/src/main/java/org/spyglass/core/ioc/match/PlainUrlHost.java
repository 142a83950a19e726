package org.spyglass.core.ioc.match;

import org.spyglass.core.ioc.values.Hosts;

/**
 * Finds, without making any object, the host of a URL in the plain form most evidence holds: an ASCII
 * {@code scheme://[userinfo@]host[:port]...} whose host is a name already normalised (lower case, no trailing dot,
 * not an IP). For such a URL {@link org.spyglass.core.ioc.values.UrlParts#parse} would give that same host, so a
 * lookup that finds neither the host nor a parent domain needs no parsing: nothing can match. Anything else is left
 * to the full parser.
 */
final class PlainUrlHost {
    private static final int MAX_LENGTH = 64 * 1024;
    private static final int MAX_SCHEME = 32;

    private PlainUrlHost() {
    }

    /** {@code (from << 32) | to}, the bounds of the host in {@code url}; -1 when the URL is not plain. */
    static long find(String url) {
        int length = url == null ? 0 : url.length();
        if (length == 0 || length > MAX_LENGTH || !visibleAscii(url.charAt(0)) || !visibleAscii(url.charAt(length - 1))
                || !letter(url.charAt(0))) {
            return -1;
        }
        int colon = -1;
        for (int i = 1; i < length && i < MAX_SCHEME; i++) {
            char c = url.charAt(i);
            if (c == ':') {
                colon = i;
                break;
            }
            if (!letter(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        if (colon < 0 || !url.startsWith("//", colon + 1)) {
            return -1;
        }
        int start = colon + 3;
        int end = start;
        int at = -1;
        int portColon = -1;
        for (; end < length; end++) {
            char c = url.charAt(end);
            if (c == '/' || c == '?' || c == '#' || c == '\\') {
                break;
            }
            if (c == '@') {
                at = end;
                portColon = -1;
            } else if (c == ':') {
                if (portColon >= 0) {
                    return -1;
                }
                portColon = end;
            }
        }
        int from = at + 1 > start ? at + 1 : start;
        int to = portColon >= 0 ? portColon : end;
        if (!Hosts.isNormalised(url, from, to) || digitsAndDots(url, from, to)) {
            return -1;
        }
        return ((long) from << 32) | to;
    }

    private static boolean visibleAscii(char c) {
        return c > ' ' && c < 0x7F;
    }

    private static boolean letter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean digitsAndDots(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c != '.' && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }
}
