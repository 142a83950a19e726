package org.spyglass.core.ioc.match;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.spyglass.core.ioc.Indicator;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.IndicatorType;
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
    private final DomainTable domains;
    private final Map<String, Object> v4Values;
    private final Map<String, Object> v6Values;
    private final Map<String, Indicator> networks = new HashMap<>();
    private final int[] v4Prefixes;
    private final int[] v6Prefixes;
    private final Map<String, Indicator> urls = new HashMap<>();
    private final Map<String, Indicator> schemelessUrls = new HashMap<>();
    private final DomainTable urlHosts;

    /** Takes the domain and IP tables of {@link IndicatorSet} as they are; URLs and networks are indexed here. */
    NetworkIndex(Map<String, Object> domains, Map<String, Object> v4Values, Map<String, Object> v6Values,
                 Map<String, Object> urlValues) {
        this.domains = new DomainTable(domains);
        this.v4Values = v4Values;
        this.v6Values = v6Values;
        TreeSet<Integer> v4 = new TreeSet<>();
        TreeSet<Integer> v6 = new TreeSet<>();
        List<Indicator> ipList = new ArrayList<>();
        v4Values.keySet().stream().filter(v -> v.indexOf('/') >= 0)
                .forEach(v -> ipList.add(IndicatorSet.find(v4Values, IndicatorType.IPV4, v)));
        v6Values.keySet().stream().filter(v -> v.indexOf('/') >= 0)
                .forEach(v -> ipList.add(IndicatorSet.find(v6Values, IndicatorType.IPV6, v)));
        for (Indicator indicator : ipList) {
            int slash = indicator.value().indexOf('/');
            IpAddress network = IpAddress.parse(indicator.value().substring(0, slash));
            int prefix = Integer.parseInt(indicator.value().substring(slash + 1));
            networks.put(network.prefixKey(prefix) + "/" + prefix, indicator);
            (network.isV4() ? v4 : v6).add(prefix);
        }
        v4Prefixes = v4.descendingSet().stream().mapToInt(Integer::intValue).toArray();
        v6Prefixes = v6.descendingSet().stream().mapToInt(Integer::intValue).toArray();
        Map<String, Object> hosts = new HashMap<>();
        for (Indicator indicator : IndicatorSet.all(urlValues, IndicatorType.URL)) {
            UrlParts parts = UrlParts.parse(indicator.value());
            if (parts != null && parts.scheme() != null) {
                urls.put(parts.normalised(), indicator);
            } else if (parts != null) {
                schemelessUrls.put(parts.withoutScheme(), indicator);
            }
            if (parts != null) {
                hosts.put(parts.host(), Boolean.TRUE);
            }
        }
        urlHosts = new DomainTable(hosts);
    }

    /** Hands over every domain indicator's value and stored {@link Origins} value. */
    void forEachDomain(BiConsumer<String, Object> action) {
        domains.forEach(action);
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
        if (host >= 0 && !urlHosts.contains(url, (int) (host >>> 32), (int) host)
                && !domains.matchesHostOrParent(url, (int) (host >>> 32), (int) host)) {
            return List.of();
        }
        UrlParts parts = UrlParts.parse(url);
        if (parts == null) {
            return List.of();
        }
        List<IndicatorMatch> out = null;
        // A URL indicator can only be the same URL when it names the same host.
        if (urlHosts.contains(parts.host(), 0, parts.host().length())) {
            String withoutScheme = parts.withoutScheme();
            if (!urls.isEmpty() && parts.scheme() != null) {
                out = Matches.add(out, urls.get(parts.scheme() + "://" + withoutScheme), url, "same URL");
            }
            if (!schemelessUrls.isEmpty()) {
                out = Matches.add(out, schemelessUrls.get(withoutScheme), url, "same URL");
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
        if (host == null || domains.isEmpty() || !domains.matchesHostOrParent(host, 0, host.length())) {
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
            result = Matches.add(result, IndicatorSet.find(v4Values, IndicatorType.IPV4, text), observed,
                    "same IP address");
            result = Matches.add(result, IndicatorSet.find(v6Values, IndicatorType.IPV6, text), observed,
                    "same IP address");
        }
        for (int prefix : ip.isV4() ? v4Prefixes : v6Prefixes) {
            result = Matches.add(result, networks.get(ip.prefixKey(prefix) + "/" + prefix), observed,
                    "IP address in network");
        }
        return result;
    }

    private Indicator domain(String value) {
        Object stored = domains.get(value);
        return stored == null ? null : new Indicator(IndicatorType.DOMAIN, value, Origins.list(stored));
    }
}
