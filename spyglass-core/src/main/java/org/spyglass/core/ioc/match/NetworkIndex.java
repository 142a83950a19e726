package org.spyglass.core.ioc.match;

import java.util.List;
import java.util.TreeSet;
import org.spyglass.core.ioc.Indicator;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.values.Hosts;
import org.spyglass.core.ioc.values.IpAddress;
import org.spyglass.core.ioc.values.UrlParts;

/**
 * Domains, IPs (single addresses and networks) and URLs. A domain matches itself and every host below it on a label
 * boundary: {@code evil.com} matches {@code x.evil.com} but not {@code notevil.com}. An IP matches as an address,
 * never as text. A URL indicator matches the same URL after normalisation; one written without a scheme matches any
 * scheme.
 */
final class NetworkIndex {
    private final ValueTable domains;
    private final ValueTable v4Values;
    private final ValueTable v6Values;
    /** Networks by {@link IpAddress#prefixKey} and prefix length: twice the value's store number, plus 1 for IPv6. */
    private final KeyIndex networks;
    private final int[] v4Prefixes;
    private final int[] v6Prefixes;
    private final ValueTable urlValues;
    /** URL indicators with a scheme by normalised form, and without one by the rest: the URL's store number. */
    private final KeyIndex urls;
    private final KeyIndex schemelessUrls;
    private final KeyTable urlHosts;

    /** Takes the domain, IP and URL tables of {@link IndicatorSet} as they are; URLs and networks are indexed here. */
    NetworkIndex(ValueTable domains, ValueTable v4Values, ValueTable v6Values, ValueTable urlValues) {
        this.domains = domains;
        this.v4Values = v4Values;
        this.v6Values = v6Values;
        this.urlValues = urlValues;
        TreeSet<Integer> v4 = new TreeSet<>();
        TreeSet<Integer> v6 = new TreeSet<>();
        KeyIndex.Builder networkIndex = new KeyIndex.Builder();
        for (ValueTable table : List.of(v4Values, v6Values)) {
            for (int number : table.numbers()) {
                String value = table.value(number);
                if (value.indexOf('/') < 0) {
                    continue;
                }
                int slash = value.indexOf('/');
                IpAddress network = IpAddress.parse(value.substring(0, slash));
                int prefix = Integer.parseInt(value.substring(slash + 1));
                networkIndex.put(network.prefixKey(prefix) + "/" + prefix, 2 * number + (table == v6Values ? 1 : 0));
                (network.isV4() ? v4 : v6).add(prefix);
            }
        }
        networks = networkIndex.build();
        v4Prefixes = v4.descendingSet().stream().mapToInt(Integer::intValue).toArray();
        v6Prefixes = v6.descendingSet().stream().mapToInt(Integer::intValue).toArray();
        KeyIndex.Builder withScheme = new KeyIndex.Builder();
        KeyIndex.Builder withoutScheme = new KeyIndex.Builder();
        KeyTable.Builder hosts = new KeyTable.Builder(0);
        for (int number : urlValues.numbers()) {
            UrlParts parts = UrlParts.parse(urlValues.value(number));
            if (parts != null && parts.scheme() != null) {
                withScheme.put(parts.normalised(), number);
            } else if (parts != null) {
                withoutScheme.put(parts.withoutScheme(), number);
            }
            if (parts != null) {
                hosts.add(parts.host());
            }
        }
        urls = withScheme.build();
        schemelessUrls = withoutScheme.build();
        urlHosts = hosts.build();
    }

    List<IndicatorMatch> matchHost(String host) {
        if (host == null) {
            return List.of();
        }
        String h = host.strip();
        IpAddress ip = IpAddress.parse(h);
        if (ip != null) {
            return Matches.done(ip(null, ip, host));
        }
        int colon = h.indexOf(':');
        if (colon > 0 && colon == h.lastIndexOf(':')) {
            h = h.substring(0, colon);
            ip = IpAddress.parse(h);
            if (ip != null) {
                return Matches.done(ip(null, ip, host));
            }
        }
        return Matches.done(domain(null, domains.isEmpty() ? null : Hosts.normalise(h), host));
    }

    List<IndicatorMatch> matchUrl(String url) {
        long host = PlainUrlHost.find(url);
        if (host >= 0 && urlHosts.find(url, (int) (host >>> 32), (int) host) < 0
                && !domains.keys().matchesHostOrParent(url, (int) (host >>> 32), (int) host)) {
            return List.of();
        }
        UrlParts parts = UrlParts.parse(url);
        if (parts == null) {
            return List.of();
        }
        List<IndicatorMatch> out = null;
        // A URL indicator can only be the same URL when it names the same host.
        if (urlHosts.find(parts.host()) >= 0) {
            String withoutScheme = parts.withoutScheme();
            if (!urls.isEmpty() && parts.scheme() != null) {
                out = Matches.add(out, url(urls.get(parts.scheme() + "://" + withoutScheme)), url, "same URL");
            }
            if (!schemelessUrls.isEmpty()) {
                out = Matches.add(out, url(schemelessUrls.get(withoutScheme)), url, "same URL");
            }
        }
        out = parts.ip() != null ? ip(out, parts.ip(), url) : domain(out, parts.host(), url);
        return Matches.done(out);
    }

    List<IndicatorMatch> matchIp(String text) {
        IpAddress ip = IpAddress.parse(text);
        return ip == null ? List.of() : Matches.done(ip(null, ip, text));
    }

    private List<IndicatorMatch> domain(List<IndicatorMatch> out, String host, String observed) {
        if (host == null || domains.isEmpty() || !domains.keys().matchesHostOrParent(host, 0, host.length())) {
            return out;
        }
        List<IndicatorMatch> result = Matches.add(out, domain(host), observed, "same domain");
        for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
            result = Matches.add(result, domain(host.substring(dot + 1)), observed, "subdomain of");
        }
        return result;
    }

    private List<IndicatorMatch> ip(List<IndicatorMatch> out, IpAddress ip, String observed) {
        List<IndicatorMatch> result = out;
        if (!v4Values.isEmpty() || !v6Values.isEmpty()) {
            String text = ip.toString();
            result = Matches.add(result, v4Values.find(text), observed, "same IP address");
            result = Matches.add(result, v6Values.find(text), observed, "same IP address");
        }
        for (int prefix : ip.isV4() ? v4Prefixes : v6Prefixes) {
            int network = networks.get(ip.prefixKey(prefix) + "/" + prefix);
            if (network >= 0) {
                ValueTable table = (network & 1) == 0 ? v4Values : v6Values;
                result = Matches.add(result, table.indicator(network >>> 1), observed, "IP address in network");
            }
        }
        return result;
    }

    private Indicator domain(String value) {
        return domains.find(value);
    }

    private Indicator url(int number) {
        return number < 0 ? null : urlValues.indicator(number);
    }
}
