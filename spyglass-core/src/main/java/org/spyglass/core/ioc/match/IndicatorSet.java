package org.spyglass.core.ioc.match;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.spyglass.core.ioc.FeedFile;
import org.spyglass.core.ioc.IndicatorMatch;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.Indicators;
import org.spyglass.core.ioc.values.IndicatorValues;

/**
 * The indicator set of a run, packed in a {@link ValueStore} (a few large arrays, no object per indicator) and
 * indexed per type by a {@link ValueTable} so that each question costs O(1) or O(length of the value). Hashes,
 * e-mail addresses, app ids, certificate hashes, profile ids and Android property names are compared exactly,
 * ignoring case (e-mails also without a {@code mailto:} prefix). See {@link NetworkIndex} for hosts, IPs and URLs
 * and {@link FileIndex} for processes and files. Immutable and thread-safe once built; build it with
 * {@link IndicatorSetBuilder}.
 */
public final class IndicatorSet implements Indicators {
    private static final IndicatorSet EMPTY = new IndicatorSetBuilder().build();

    private final NetworkIndex network;
    private final FileIndex files;
    private final ValueStore store;
    private final Map<IndicatorType, ValueTable> tables;
    private final Map<IndicatorType, Integer> counts;
    private final int size;
    private final List<FeedFile> feedFiles;

    /** Takes the store of every value and the index of each type over it as they are. */
    IndicatorSet(ValueStore store, Map<IndicatorType, ValueTable> tables, List<FeedFile> feedFiles) {
        this.store = store;
        this.tables = new EnumMap<>(IndicatorType.class);
        this.tables.putAll(tables);
        network = new NetworkIndex(table(IndicatorType.DOMAIN), table(IndicatorType.IPV4), table(IndicatorType.IPV6),
                table(IndicatorType.URL));
        files = new FileIndex(table(IndicatorType.PROCESS), table(IndicatorType.FILE_NAME),
                table(IndicatorType.FILE_PATH));
        Map<IndicatorType, Integer> countMap = new EnumMap<>(IndicatorType.class);
        tables.forEach((type, table) -> countMap.put(type, table.size()));
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

    /** The types that have a table (possibly empty), in ordinal order. */
    Set<IndicatorType> types() {
        return tables.keySet();
    }

    /** The index of each type that has one. */
    Map<IndicatorType, ValueTable> tables() {
        return tables;
    }

    /** The table of {@code type}; an empty one when the set has none. */
    ValueTable table(IndicatorType type) {
        ValueTable table = tables.get(type);
        return table != null ? table : ValueTable.empty(type);
    }

    ValueStore store() {
        return store;
    }

    private List<IndicatorMatch> exact(String key, String observed, String how, IndicatorType... types) {
        if (key == null) {
            return List.of();
        }
        List<IndicatorMatch> out = null;
        for (IndicatorType type : types) {
            ValueTable table = tables.get(type);
            if (table != null) {
                out = Matches.add(out, table.find(key), observed, how);
            }
        }
        return Matches.done(out);
    }

    private static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

}
