package org.spyglass.core.ioc.values;

import java.util.Locale;

/**
 * A URL split by a tolerant splitter that never throws: scheme (optional), host, port and the rest (path, query and
 * fragment, as written). {@code java.net.URI} rejects too many strings seen in real evidence (spaces, bad escapes,
 * IDN hosts), so this splitter only finds the authority and leaves the rest alone.
 *
 * @param scheme lower-case scheme, or null when the URL had none ({@code evil.com/path})
 * @param host   normalised host name ({@link Hosts#normalise}) or canonical IP text; never null
 * @param ip     the host as an address when it is an IP literal, else null
 * @param port   the port when given and not the scheme's default, else null
 * @param rest   path, query and fragment, starting with '/' (an empty path becomes "/")
 */
public record UrlParts(String scheme, String host, IpAddress ip, String port, String rest) {
    private static final int MAX_LENGTH = 64 * 1024;

    /** Splits a URL; returns null when no host can be found (garbage, {@code mailto:}, {@code data:}, empty). */
    public static UrlParts parse(String url) {
        if (url == null) {
            return null;
        }
        String s = url.strip();
        if (s.isEmpty() || s.length() > MAX_LENGTH) {
            return null;
        }
        String scheme = null;
        int start = 0;
        int colon = schemeEnd(s);
        if (colon > 0) {
            if (s.startsWith("//", colon + 1)) {
                scheme = scheme(s, colon);
                start = colon + 3;
            } else if (colon + 1 >= s.length() || !isAsciiDigit(s.charAt(colon + 1))) {
                return null;
            }
        } else if (s.startsWith("//")) {
            start = 2;
        }
        int end = start;
        while (end < s.length() && "/?#\\".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        String authority = s.substring(start, end);
        String rest = s.substring(end).replace('\\', '/');
        if (rest.isEmpty() || rest.charAt(0) != '/') {
            rest = "/" + rest;
        }
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            authority = authority.substring(at + 1);
        }
        return fromAuthority(scheme, authority, rest);
    }

    /** The normalised URL: {@code scheme://host[:port]/rest}, or without {@code scheme://} when it had none. */
    public String normalised() {
        return scheme == null ? withoutScheme() : scheme + "://" + withoutScheme();
    }

    /** The normalised URL without its scheme: {@code host[:port]/rest}. */
    public String withoutScheme() {
        String authority = ip != null && !ip.isV4() ? "[" + host + "]" : host;
        return port == null ? authority + rest : authority + ":" + port + rest;
    }

    private static UrlParts fromAuthority(String scheme, String authority, String rest) {
        String hostText;
        String port = null;
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            if (close < 0) {
                return null;
            }
            hostText = authority.substring(1, close);
            String after = authority.substring(close + 1);
            if (after.startsWith(":")) {
                port = after.substring(1);
            } else if (!after.isEmpty()) {
                return null;
            }
        } else {
            int firstColon = authority.indexOf(':');
            int lastColon = authority.lastIndexOf(':');
            if (firstColon >= 0 && firstColon == lastColon) {
                hostText = authority.substring(0, firstColon);
                port = authority.substring(firstColon + 1);
            } else {
                hostText = authority;
            }
        }
        if (port != null && !isPort(port)) {
            return null;
        }
        if (port != null) {
            port = port.isEmpty() ? null : stripZeros(port);
        }
        if (port != null && port.equals(defaultPort(scheme))) {
            port = null;
        }
        IpAddress ip = IpAddress.parse(hostText);
        String host = ip != null ? ip.toString() : Hosts.normalise(hostText);
        if (host == null) {
            return null;
        }
        return new UrlParts(scheme, host, ip, port, rest);
    }

    /** The lower-case scheme of {@code s}, which ends at {@code colon}; the usual two without a new string. */
    private static String scheme(String s, int colon) {
        if (colon == 5 && s.regionMatches(true, 0, "https", 0, 5)) {
            return "https";
        }
        if (colon == 4 && s.regionMatches(true, 0, "http", 0, 4)) {
            return "http";
        }
        return s.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    private static int schemeEnd(String s) {
        if (s.isEmpty() || !isAsciiLetter(s.charAt(0))) {
            return -1;
        }
        for (int i = 1; i < s.length() && i < 32; i++) {
            char c = s.charAt(i);
            if (c == ':') {
                return i;
            }
            if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != '+' && c != '-' && c != '.') {
                return -1;
            }
        }
        return -1;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isPort(String port) {
        if (port.length() > 5) {
            return false;
        }
        for (int i = 0; i < port.length(); i++) {
            if (!isAsciiDigit(port.charAt(i))) {
                return false;
            }
        }
        return port.isEmpty() || Integer.parseInt(port) <= 65535;
    }

    private static String stripZeros(String port) {
        return Integer.toString(Integer.parseInt(port));
    }

    private static String defaultPort(String scheme) {
        if (scheme == null) {
            return null;
        }
        return switch (scheme) {
            case "http", "ws" -> "80";
            case "https", "wss" -> "443";
            case "ftp" -> "21";
            default -> null;
        };
    }
}
