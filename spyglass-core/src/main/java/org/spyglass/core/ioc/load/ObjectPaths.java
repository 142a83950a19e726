package org.spyglass.core.ioc.load;

import java.util.List;
import java.util.Locale;
import org.spyglass.core.ioc.IndicatorType;

/**
 * Which indicator type a STIX object path stands for. Hash algorithm names are accepted in every spelling seen in
 * feeds ({@code md5}, {@code 'MD5'}, {@code sha1}, {@code sha-1}, {@code SHA256}, {@code 'SHA-256'}, …).
 */
final class ObjectPaths {
    private ObjectPaths() {
    }

    /** The indicator type of a comparison's object path, or null when Spyglass has no use for that path. */
    static IndicatorType typeOf(StixComparison comparison) {
        List<String> path = comparison.path();
        String first = path.get(0).toLowerCase(Locale.ROOT);
        if (path.size() == 1) {
            return single(comparison.objectType(), first);
        }
        if (path.size() == 2) {
            String algorithm = hashAlgorithm(path.get(1));
            if (comparison.objectType().equals("file") && first.equals("hashes")) {
                return algorithm == null ? null : switch (algorithm) {
                    case "md5" -> IndicatorType.MD5;
                    case "sha1" -> IndicatorType.SHA1;
                    case "sha256" -> IndicatorType.SHA256;
                    default -> null;
                };
            }
            if (comparison.objectType().equals("app") && first.equals("cert") && algorithm != null) {
                return IndicatorType.APP_CERT_HASH;
            }
        }
        return null;
    }

    private static IndicatorType single(String objectType, String property) {
        return switch (objectType + ":" + property) {
            case "domain-name:value" -> IndicatorType.DOMAIN;
            case "ipv4-addr:value" -> IndicatorType.IPV4;
            case "ipv6-addr:value" -> IndicatorType.IPV6;
            case "url:value" -> IndicatorType.URL;
            case "email-addr:value" -> IndicatorType.EMAIL;
            case "process:name" -> IndicatorType.PROCESS;
            case "file:name" -> IndicatorType.FILE_NAME;
            case "file:path", "directory:path" -> IndicatorType.FILE_PATH;
            case "app:id" -> IndicatorType.APP_ID;
            case "configuration-profile:id" -> IndicatorType.PROFILE_ID;
            case "android-property:name" -> IndicatorType.ANDROID_PROPERTY;
            default -> null;
        };
    }

    /** {@code md5}, {@code sha1} or {@code sha256} for any spelling of those names; null for other algorithms. */
    private static String hashAlgorithm(String name) {
        String n = name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
        return switch (n) {
            case "md5", "sha1", "sha256" -> n;
            default -> null;
        };
    }
}
