package org.spyglass.core.ioc.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
    private final Map<String, Indicator> domains = new HashMap<>();
    private final Map<String, Indicator> addresses = new HashMap<>();
    private final Map<String, Indicator> networks = new HashMap<>();
    private final int[] v4Prefixes;
    private final int[] v6Prefixes;
    private final Map<String, Indicator> urls = new HashMap<>();
    private final Map<String, Indicator> schemelessUrls = new HashMap<>();

    NetworkIndex(List<Indicator> domainList, List<Indicator> ipList, List<Indicator> urlList) {
        domainList.forEach(i -> domains.put(i.value(), i));
        TreeSet<Integer> v4 = new TreeSet<>();
        TreeSet<Integer> v6 = new TreeSet<>();
        for (Indicator indicator : ipList) {
            int slash = indicator.value().indexOf('/');
            if (slash < 0) {
                addresses.put(indicator.value(), indicator);
                continue;
            }
            IpAddress network = IpAddress.parse(indicator.value().substring(0, slash));
            int prefix = Integer.parseInt(indicator.value().substring(slash + 1));
            networks.put(network.prefixKey(prefix) + "/" + prefix, indicator);
            (network.isV4() ? v4 : v6).add(prefix);
        }
        v4Prefixes = v4.descendingSet().stream().mapToInt(Integer::intValue).toArray();
        v6Prefixes = v6.descendingSet().stream().mapToInt(Integer::intValue).toArray();
        for (Indicator indicator : urlList) {
            UrlParts parts = UrlParts.parse(indicator.value());
            if (parts != null && parts.scheme() != null) {
                urls.put(parts.normalised(), indicator);
            } else if (parts != null) {
                schemelessUrls.put(parts.withoutScheme(), indicator);
            }
        }
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
        UrlParts parts = UrlParts.parse(url);
        if (parts == null) {
            return List.of();
        }
        List<IndicatorMatch> out = null;
        if (!urls.isEmpty() && parts.scheme() != null) {
            out = Matches.add(out, urls.get(parts.normalised()), url, "same URL");
        }
        if (!schemelessUrls.isEmpty()) {
            out = Matches.add(out, schemelessUrls.get(parts.withoutScheme()), url, "same URL");
        }
        out = parts.ip() != null ? ip(out, parts.ip(), url) : domain(out, parts.host(), url);
        return Matches.done(out);
    }

    List<IndicatorMatch> matchIp(String text) {
        IpAddress ip = IpAddress.parse(text);
        return ip == null ? List.of() : Matches.done(ip(null, ip, text));
    }

    private List<IndicatorMatch> domain(List<IndicatorMatch> out, String host, String observed) {
        if (host == null || domains.isEmpty()) {
            return out;
        }
        List<IndicatorMatch> result = Matches.add(out, domains.get(host), observed, "same domain");
        for (int dot = host.indexOf('.'); dot >= 0; dot = host.indexOf('.', dot + 1)) {
            result = Matches.add(result, domains.get(host.substring(dot + 1)), observed, "subdomain of");
        }
        return result;
    }

    private List<IndicatorMatch> ip(List<IndicatorMatch> out, IpAddress ip, String observed) {
        List<IndicatorMatch> result = out;
        if (!addresses.isEmpty()) {
            result = Matches.add(result, addresses.get(ip.toString()), observed, "same IP address");
        }
        for (int prefix : ip.isV4() ? v4Prefixes : v6Prefixes) {
            result = Matches.add(result, networks.get(ip.prefixKey(prefix) + "/" + prefix), observed,
                    "IP address in network");
        }
        return result;
    }
}
