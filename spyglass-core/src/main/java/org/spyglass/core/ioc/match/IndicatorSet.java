package org.spyglass.core.ioc.match;

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
import org.spyglass.core.ioc.values.IndicatorValues;

/**
 * The indicator set of a run, indexed by hash maps so that each question costs O(1) or O(length of the value). Hashes,
 * e-mail addresses, app ids, certificate hashes, profile ids and Android property names are compared exactly,
 * ignoring case (e-mails also without a {@code mailto:} prefix). See {@link NetworkIndex} for hosts, IPs and URLs and
 * {@link FileIndex} for processes and files. Immutable and thread-safe once built; build it with
 * {@link IndicatorSetBuilder}.
 */
public final class IndicatorSet implements Indicators {
    private static final IndicatorSet EMPTY = new IndicatorSetBuilder().build();

    private final NetworkIndex network;
    private final FileIndex files;
    private final Map<String, Indicator> emails;
    private final Map<String, Indicator> fileHashes;
    private final Map<String, Indicator> appIds;
    private final Map<String, Indicator> certificateHashes;
    private final Map<String, Indicator> profileIds;
    private final Map<String, Indicator> properties;
    private final Map<IndicatorType, Integer> counts;
    private final int size;
    private final List<FeedFile> feedFiles;

    IndicatorSet(Map<IndicatorType, List<Indicator>> byType, List<FeedFile> feedFiles) {
        network = new NetworkIndex(of(byType, IndicatorType.DOMAIN),
                concat(of(byType, IndicatorType.IPV4), of(byType, IndicatorType.IPV6)), of(byType, IndicatorType.URL));
        files = new FileIndex(of(byType, IndicatorType.PROCESS), of(byType, IndicatorType.FILE_NAME),
                of(byType, IndicatorType.FILE_PATH));
        emails = index(of(byType, IndicatorType.EMAIL));
        fileHashes = index(concat(of(byType, IndicatorType.MD5),
                concat(of(byType, IndicatorType.SHA1), of(byType, IndicatorType.SHA256))));
        appIds = index(of(byType, IndicatorType.APP_ID));
        certificateHashes = index(of(byType, IndicatorType.APP_CERT_HASH));
        profileIds = index(of(byType, IndicatorType.PROFILE_ID));
        properties = index(of(byType, IndicatorType.ANDROID_PROPERTY));
        Map<IndicatorType, Integer> countMap = new EnumMap<>(IndicatorType.class);
        byType.forEach((type, list) -> countMap.put(type, list.size()));
        counts = Map.copyOf(countMap);
        size = countMap.values().stream().mapToInt(Integer::intValue).sum();
        this.feedFiles = List.copyOf(feedFiles);
    }

    /** An indicator set with no indicator and no file: every question answers an empty list. */
    public static IndicatorSet empty() {
        return EMPTY;
    }

    @Override
    public List<IndicatorMatch> matchHost(String host) {
        return network.matchHost(host);
    }

    @Override
    public List<IndicatorMatch> matchUrl(String url) {
        return network.matchUrl(url);
    }

    @Override
    public List<IndicatorMatch> matchIp(String ip) {
        return network.matchIp(ip);
    }

    @Override
    public List<IndicatorMatch> matchEmail(String email) {
        return exact(emails, IndicatorValues.emailKey(email), email, "same e-mail address");
    }

    @Override
    public List<IndicatorMatch> matchProcess(String processName) {
        return files.matchProcess(processName);
    }

    @Override
    public List<IndicatorMatch> matchFileName(String fileNameOrPath) {
        return files.matchFileName(fileNameOrPath);
    }

    @Override
    public List<IndicatorMatch> matchFilePath(String absolutePath) {
        return files.matchFilePath(absolutePath);
    }

    @Override
    public List<IndicatorMatch> matchFileHash(String hexDigest) {
        return exact(fileHashes, IndicatorValues.hexKey(hexDigest), hexDigest, "same file hash");
    }

    @Override
    public List<IndicatorMatch> matchAppId(String appId) {
        return exact(appIds, lower(appId), appId, "same app id");
    }

    @Override
    public List<IndicatorMatch> matchAppCertHash(String hexDigest) {
        return exact(certificateHashes, IndicatorValues.hexKey(hexDigest), hexDigest, "same certificate hash");
    }

    @Override
    public List<IndicatorMatch> matchProfileId(String profileUuid) {
        return exact(profileIds, lower(profileUuid), profileUuid, "same profile id");
    }

    @Override
    public List<IndicatorMatch> matchAndroidProperty(String propertyName) {
        return exact(properties, lower(propertyName), propertyName, "same property name");
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Map<IndicatorType, Integer> countsByType() {
        return counts;
    }

    @Override
    public List<FeedFile> files() {
        return feedFiles;
    }

    private static List<IndicatorMatch> exact(Map<String, Indicator> map, String key, String observed, String how) {
        if (key == null || map.isEmpty()) {
            return List.of();
        }
        return Matches.done(Matches.add(null, map.get(key), observed, how));
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    private static List<Indicator> of(Map<IndicatorType, List<Indicator>> byType, IndicatorType type) {
        return byType.getOrDefault(type, List.of());
    }

    private static List<Indicator> concat(List<Indicator> a, List<Indicator> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return a.isEmpty() ? b : a;
        }
        List<Indicator> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static Map<String, Indicator> index(List<Indicator> list) {
        Map<String, Indicator> map = new HashMap<>(Math.max(16, list.size() * 2));
        list.forEach(i -> map.put(i.value(), i));
        return map;
    }
}
