package org.spyglass.ios.testing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.Indicator;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.ioc.Provenance;

/**
 * A test double of {@link Indicators}, backed by maps: domains match exactly or as a parent domain on a label
 * boundary, URLs by their host, processes exactly. Every other question matches nothing. Not the real matcher.
 */
public final class TestIndicators implements Indicators {
    public static final String FEED = "test feed";
    public static final String FILE = "test.stix2";

    private final Map<IndicatorType, Map<String, Indicator>> byType = new EnumMap<>(IndicatorType.class);

    private TestIndicators() {
    }

    public static TestIndicators none() {
        return new TestIndicators();
    }

    /** Adds a domain indicator of the given malware. */
    public TestIndicators domain(String domain, String malware) {
        return add(IndicatorType.DOMAIN, domain.toLowerCase(Locale.ROOT), malware);
    }

    /** Adds a process-name indicator of the given malware. */
    public TestIndicators process(String name, String malware) {
        return add(IndicatorType.PROCESS, name, malware);
    }

    private TestIndicators add(IndicatorType type, String value, String malware) {
        byType.computeIfAbsent(type, t -> new HashMap<>()).put(value, new Indicator(type, value,
                List.of(new Provenance(FEED, FILE, malware, "indicator--" + value, "malware--" + malware))));
        return this;
    }

    @Override
    public List<IndicatorMatch> matchHost(String host) {
        List<IndicatorMatch> matches = new ArrayList<>();
        if (host == null || host.isEmpty()) {
            return matches;
        }
        Map<String, Indicator> domains = byType.getOrDefault(IndicatorType.DOMAIN, Map.of());
        String lower = host.toLowerCase(Locale.ROOT);
        String candidate = lower;
        while (true) {
            Indicator indicator = domains.get(candidate);
            if (indicator != null) {
                matches.add(new IndicatorMatch(indicator, host, candidate.equals(lower) ? "exact domain"
                        : "subdomain of"));
            }
            int dot = candidate.indexOf('.');
            if (dot < 0) {
                return matches;
            }
            candidate = candidate.substring(dot + 1);
        }
    }

    @Override
    public List<IndicatorMatch> matchUrl(String url) {
        if (url == null) {
            return List.of();
        }
        String rest = url.replaceFirst("(?i)^[a-z][a-z0-9+.-]*://", "");
        String host = rest.split("[/?#]", 2)[0].replaceFirst("^.*@", "").replaceFirst(":\\d+$", "");
        List<IndicatorMatch> matches = new ArrayList<>();
        for (IndicatorMatch match : matchHost(host)) {
            matches.add(new IndicatorMatch(match.indicator(), url, match.how()));
        }
        return matches;
    }

    @Override
    public List<IndicatorMatch> matchIp(String ip) {
        return List.of();
    }

    @Override
    public List<IndicatorMatch> matchEmail(String email) {
        return List.of();
    }

    @Override
    public List<IndicatorMatch> matchProcess(String processName) {
        Indicator indicator = processName == null ? null
                : byType.getOrDefault(IndicatorType.PROCESS, Map.of()).get(processName);
        return indicator == null ? List.of() : List.of(new IndicatorMatch(indicator, processName, "process name"));
    }

    @Override
    public List<IndicatorMatch> matchFileName(String fileNameOrPath) {
        return List.of();
    }

    @Override
    public List<IndicatorMatch> matchFilePath(String absolutePath) {
        return List.of();
    }

    @Override
    public List<IndicatorMatch> matchFileHash(String hexDigest) {
        return List.of();
    }

    @Override
    public List<IndicatorMatch> matchAppId(String appId) {
        return List.of();
    }

    @Override
    public List<IndicatorMatch> matchAppCertHash(String hexDigest) {
        return List.of();
    }

    @Override
    public List<IndicatorMatch> matchProfileId(String profileUuid) {
        return List.of();
    }

    @Override
    public List<IndicatorMatch> matchAndroidProperty(String propertyName) {
        return List.of();
    }

    @Override
    public int size() {
        return byType.values().stream().mapToInt(Map::size).sum();
    }

    @Override
    public Map<IndicatorType, Integer> countsByType() {
        Map<IndicatorType, Integer> counts = new EnumMap<>(IndicatorType.class);
        byType.forEach((type, values) -> counts.put(type, values.size()));
        return counts;
    }

    @Override
    public List<FeedFile> files() {
        return List.of();
    }
}
