package org.spyglass.core.ioc.match;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
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
    private final Map<IndicatorType, Map<String, Object>> byType;
    private final Map<IndicatorType, Integer> counts;
    private final int size;
    private final List<FeedFile> feedFiles;

    /** Takes the tables of {@code byType} as they are (value to {@link Origins} stored value, in load order). */
    IndicatorSet(Map<IndicatorType, Map<String, Object>> byType, List<FeedFile> feedFiles) {
        // Domains live in the network index's own table; the builder's copy is not kept alive from here.
        this.byType = new EnumMap<>(IndicatorType.class);
        this.byType.putAll(byType);
        this.byType.remove(IndicatorType.DOMAIN);
        network = new NetworkIndex(byType.getOrDefault(IndicatorType.DOMAIN, Map.of()), table(IndicatorType.IPV4),
                table(IndicatorType.IPV6), table(IndicatorType.URL));
        files = new FileIndex(table(IndicatorType.PROCESS), table(IndicatorType.FILE_NAME),
                table(IndicatorType.FILE_PATH));
        Map<IndicatorType, Integer> countMap = new EnumMap<>(IndicatorType.class);
        byType.forEach((type, table) -> countMap.put(type, table.size()));
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
        return exact(IndicatorValues.emailKey(email), email, "same e-mail address", IndicatorType.EMAIL);
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
        return exact(IndicatorValues.hexKey(hexDigest), hexDigest, "same file hash", IndicatorType.MD5,
                IndicatorType.SHA1, IndicatorType.SHA256);
    }

    @Override
    public List<IndicatorMatch> matchAppId(String appId) {
        return exact(lower(appId), appId, "same app id", IndicatorType.APP_ID);
    }

    @Override
    public List<IndicatorMatch> matchAppCertHash(String hexDigest) {
        return exact(IndicatorValues.hexKey(hexDigest), hexDigest, "same certificate hash",
                IndicatorType.APP_CERT_HASH);
    }

    @Override
    public List<IndicatorMatch> matchProfileId(String profileUuid) {
        return exact(lower(profileUuid), profileUuid, "same profile id", IndicatorType.PROFILE_ID);
    }

    @Override
    public List<IndicatorMatch> matchAndroidProperty(String propertyName) {
        return exact(lower(propertyName), propertyName, "same property name", IndicatorType.ANDROID_PROPERTY);
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

    /**
     * Hands over every value of {@code type} with its stored {@link Origins} value, in the set's order (load order;
     * domains in their table's order), for {@link IndicatorSetCodec}.
     */
    void forEachStored(IndicatorType type, BiConsumer<String, Object> action) {
        if (type == IndicatorType.DOMAIN) {
            network.forEachDomain(action);
        } else {
            table(type).forEach(action);
        }
    }

    private List<IndicatorMatch> exact(String key, String observed, String how, IndicatorType... types) {
        if (key == null) {
            return List.of();
        }
        List<IndicatorMatch> out = null;
        for (IndicatorType type : types) {
            out = Matches.add(out, find(table(type), type, key), observed, how);
        }
        return Matches.done(out);
    }

    /** The indicator of {@code type} whose value is {@code key} in {@code table}, made on demand; null when none. */
    static Indicator find(Map<String, Object> table, IndicatorType type, String key) {
        Object stored = table.isEmpty() ? null : table.get(key);
        return stored == null ? null : new Indicator(type, key, Origins.list(stored));
    }

    /** Every indicator of {@code table}, made on demand, in load order (for the small indexes built from it). */
    static List<Indicator> all(Map<String, Object> table, IndicatorType type) {
        List<Indicator> out = new ArrayList<>(table.size());
        table.forEach((value, stored) -> out.add(new Indicator(type, value, Origins.list(stored))));
        return out;
    }

    private Map<String, Object> table(IndicatorType type) {
        return byType.getOrDefault(type, Map.of());
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

}
