package org.spyglass.ios.safari;

import org.spyglass.core.ioc.values.UrlParts;

/**
 * Tells whether two URLs belong to different websites, without a public-suffix list: their hosts (normalised, port
 * left out) are compared after dropping one leading {@code www.}, and a host that is the other or a subdomain of it
 * on a label boundary counts as the same site ({@code example.com} and {@code m.example.com}). So an HTTPS upgrade
 * or a move to the mobile site is not "another website", while {@code yahoo.fr} to {@code x.y.example.net} is. Two
 * sibling subdomains ({@code a.example.com}, {@code b.example.com}) count as different: without the suffix list
 * {@code example.com} cannot be told apart from {@code co.uk}.
 */
final class Sites {
    private Sites() {
    }

    /** True when both URLs have a host and the hosts are different websites in the sense above. */
    static boolean differ(String first, String second) {
        String a = host(first);
        String b = host(second);
        if (a == null || b == null) {
            return false;
        }
        return !(a.equals(b) || a.endsWith("." + b) || b.endsWith("." + a));
    }

    /** The URL's host without one leading {@code www.}, or null when it has none. */
    static String host(String url) {
        UrlParts parts = UrlParts.parse(url);
        if (parts == null) {
            return null;
        }
        String host = parts.host();
        return host.startsWith("www.") && host.length() > 4 ? host.substring(4) : host;
    }
}
