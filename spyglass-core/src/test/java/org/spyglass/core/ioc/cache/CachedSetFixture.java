package org.spyglass.core.ioc.cache;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.spyglass.core.ioc.IndicatorType;
import org.spyglass.core.ioc.StixBundleBuilder;
import org.spyglass.core.ioc.load.IndicatorFileLoader;
import org.spyglass.core.ioc.load.PlainList;
import org.spyglass.core.ioc.match.IndicatorSet;
import org.spyglass.core.ioc.match.IndicatorSetBuilder;

/**
 * An indicator set with every type and every kind of provenance: STIX ids in UUID form (kept compact) and not,
 * indicators of two reports, values named by two files, a plain list with a category; and the values it holds.
 */
final class CachedSetFixture {
    static final Map<IndicatorType, List<String>> PATTERNS = new EnumMap<>(IndicatorType.class);

    static {
        PATTERNS.put(IndicatorType.DOMAIN, List.of("evil.com", "a.b.evil.org", "xn--bcher-kva.example", "tracker.net"));
        PATTERNS.put(IndicatorType.IPV4, List.of("198.51.100.1", "203.0.113.0/24", "192.0.2.77"));
        PATTERNS.put(IndicatorType.IPV6, List.of("2001:db8::1", "2001:db8:ff00::/40"));
        PATTERNS.put(IndicatorType.URL, List.of("http://phish.example.org/login?x=1", "drop.example.com/payload",
                "https://evil.com/a/b"));
        PATTERNS.put(IndicatorType.EMAIL, List.of("Bad.Actor@Evil.com", "ops@tracker.net"));
        PATTERNS.put(IndicatorType.PROCESS, List.of("bh", "com.apple.Mappit.SnapshotService", "contextstoremgrd"));
        PATTERNS.put(IndicatorType.FILE_NAME, List.of("roleaccountd.plist", "payload.dylib"));
        PATTERNS.put(IndicatorType.FILE_PATH, List.of("/private/var/tmp/hooker", "/var/db/staging/subridged"));
        PATTERNS.put(IndicatorType.MD5, List.of("D41D8CD98F00B204E9800998ECF8427E"));
        PATTERNS.put(IndicatorType.SHA1, List.of("da39a3ee5e6b4b0d3255bfef95601890afd80709"));
        PATTERNS.put(IndicatorType.SHA256, List.of(
                "E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855"));
        PATTERNS.put(IndicatorType.APP_ID, List.of("com.evil.App", "org.stalker.spy"));
        PATTERNS.put(IndicatorType.APP_CERT_HASH, List.of("31A6ECECD97CF39BC4126B8745CD94A7C30BF81C"));
        PATTERNS.put(IndicatorType.PROFILE_ID, List.of("76DAB334-7E17-475D-A5D6-0794EB5818A5"));
        PATTERNS.put(IndicatorType.ANDROID_PROPERTY, List.of("sys.brand.note", "persist.spy.on"));
    }

    private CachedSetFixture() {
    }

    static IndicatorSet build() {
        StixBundleBuilder first = new StixBundleBuilder().malware("malware--3f1c1d2e-0000-4000-8000-000000000001",
                "Predator");
        List<String> ids = new ArrayList<>();
        int n = 0;
        for (Map.Entry<IndicatorType, List<String>> entry : PATTERNS.entrySet()) {
            for (String value : entry.getValue()) {
                String id = String.format(Locale.ROOT, "indicator--3f1c1d2e-0000-4000-8000-%012d", n++);
                first.indicator(id, pattern(entry.getKey(), value), "2025-0" + (1 + n % 9) + "-01T00:00:00Z");
                ids.add(id);
            }
        }
        first.report("report--3f1c1d2e-0000-4000-8000-0000000000aa", "Report one",
                ids.subList(0, ids.size() / 2).toArray(String[]::new));
        first.report("report--3f1c1d2e-0000-4000-8000-0000000000bb", "Report two",
                ids.subList(ids.size() / 3, ids.size()).toArray(String[]::new));
        StixBundleBuilder second = new StixBundleBuilder().malware("malware--2", "Pegasus")
                .indicator("indicator--custom-1", "[domain-name:value = 'EVIL.com'] OR [ipv4-addr:value = "
                        + "'198.51.100.1']")
                .indicates("indicator--custom-1", "malware--2")
                .indicator("indicator--custom-2", "[process:name = 'bh']")
                .indicator("indicator--custom-3", "[file:hashes.md5 = 'not-a-hash']");
        byte[] list = "# stalkerware\norg.stalker.spy\ncom.other.watch\n".getBytes(StandardCharsets.UTF_8);
        return new IndicatorSetBuilder()
                .add(IndicatorFileLoader.load("Feed A", "a.stix2", first.bytes()))
                .add(IndicatorFileLoader.load("Feed B", "b.json", second.bytes()))
                .add(IndicatorFileLoader.loadList("Feed C", "apps.txt", list,
                        PlainList.values(IndicatorType.APP_ID, "Stalker", "stalkerware")))
                .build();
    }

    static String pattern(IndicatorType type, String value) {
        String path = switch (type) {
            case DOMAIN -> "domain-name:value";
            case IPV4 -> "ipv4-addr:value";
            case IPV6 -> "ipv6-addr:value";
            case URL -> "url:value";
            case EMAIL -> "email-addr:value";
            case PROCESS -> "process:name";
            case FILE_NAME -> "file:name";
            case FILE_PATH -> "file:path";
            case MD5 -> "file:hashes.md5";
            case SHA1 -> "file:hashes.sha1";
            case SHA256 -> "file:hashes.sha256";
            case APP_ID -> "app:id";
            case APP_CERT_HASH -> "app:cert.sha1";
            case PROFILE_ID -> "configuration-profile:id";
            case ANDROID_PROPERTY -> "android-property:name";
        };
        return "[" + path + " = '" + value + "']";
    }
}
