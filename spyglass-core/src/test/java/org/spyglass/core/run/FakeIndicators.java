package org.spyglass.core.run;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.Indicator;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.ioc.Provenance;

/** An indicator set holding one domain, {@code evil.example}, from one feed file. */
final class FakeIndicators implements Indicators {
    static final String DOMAIN = "evil.example";
    static final Provenance PROVENANCE =
            new Provenance("Test feed", "test.stix2", "TestMalware", "indicator--1", "malware--1");
    static final Indicator INDICATOR = new Indicator(IndicatorType.DOMAIN, DOMAIN, List.of(PROVENANCE));
    static final FeedFile FILE = new FeedFile("Test feed", "/iocs/test.stix2",
            "ab".repeat(32), List.of("TestMalware"), Map.of(IndicatorType.DOMAIN, 1),
            Instant.parse("2026-11-20T10:00:00Z"));

    @Override
    public List<IndicatorMatch> matchHost(String host) {
        return DOMAIN.equals(host) ? List.of(new IndicatorMatch(INDICATOR, host, "exact domain")) : List.of();
    }

    @Override
    public List<IndicatorMatch> matchUrl(String url) {
        return List.of();
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
        return List.of();
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
        return 1;
    }

    @Override
    public Map<IndicatorType, Integer> countsByType() {
        return Map.of(IndicatorType.DOMAIN, 1);
    }

    @Override
    public List<FeedFile> files() {
        return List.of(FILE);
    }
}
