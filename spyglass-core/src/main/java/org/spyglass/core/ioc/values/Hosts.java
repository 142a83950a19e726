package org.spyglass.core.ioc.values;

import java.net.IDN;
import java.util.Locale;

/** Normalises host names: lower case, no trailing dot, international names in punycode. */
public final class Hosts {
    private static final int MAX_LENGTH = 253;

    private Hosts() {
    }

    /**
     * The normalised form of a host name, or null when it is not a plausible host name. A leading {@code *.} (a
     * wildcard written by some feeds) is dropped, since domains match their subdomains anyway. IP literals are not
     * handled here: callers test {@link IpAddress#parse} first.
     */
    public static String normalise(String host) {
        if (host == null) {
            return null;
        }
        String h = host.strip();
        while (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        if (h.startsWith("*.")) {
            h = h.substring(2);
        }
        if (h.isEmpty() || h.length() > MAX_LENGTH * 4) {
            return null;
        }
        if (isHostName(h)) {
            return h;
        }
        if (!isAscii(h)) {
            try {
                h = IDN.toASCII(h, IDN.ALLOW_UNASSIGNED);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
        h = h.toLowerCase(Locale.ROOT);
        return isHostName(h) ? h : null;
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0x7F) {
                return false;
            }
        }
        return true;
    }

    private static boolean isHostName(String h) {
        return isNormalised(h, 0, h.length());
    }

    /**
     * Whether {@code s} from {@code from} to {@code to} (exclusive) is a host name exactly as {@link #normalise} gives
     * it (lower-case ASCII labels of letters, digits, '-' and '_', none empty, no trailing dot), so that normalising
     * it would change nothing. Makes no object.
     */
    public static boolean isNormalised(String s, int from, int to) {
        if (to - from > MAX_LENGTH) {
            return false;
        }
        int labelLength = 0;
        boolean alphanumeric = false;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (labelLength == 0) {
                    return false;
                }
                labelLength = 0;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_') {
                alphanumeric |= c != '-' && c != '_';
                labelLength++;
                if (labelLength > 63) {
                    return false;
                }
            } else {
                return false;
            }
        }
        return labelLength > 0 && alphanumeric;
    }
}
